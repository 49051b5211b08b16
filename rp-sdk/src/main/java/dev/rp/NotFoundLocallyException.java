package dev.rp;

import java.util.List;

/**
 * Thrown when an alias, template or task that the user named does not exist in rp's local state.
 * The message lists the names that do exist.
 */
public class NotFoundLocallyException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String name;
  private final List<String> known;

  /**
   * Creates an exception for the {@code kind} (such as {@code alias}) called {@code name}, with the
   * names that are {@code known}.
   */
  public NotFoundLocallyException(String kind, String name, List<String> known) {
    super(message(kind, name, known));
    this.kind = kind;
    this.name = name;
    this.known = List.copyOf(known);
  }

  private static String message(String kind, String name, List<String> known) {
    String prefix = "Unknown " + kind + " '" + name + "'";
    String plural = kind.endsWith("s") ? kind + "es" : kind + "s";
    if (known.isEmpty() && kind.equals("alias")) {
      return prefix + ": no pods are tracked yet.";
    }
    if (known.isEmpty()) {
      return prefix + ": there are no " + plural + " yet.";
    }
    return prefix + ". Known " + plural + ": " + String.join(", ", known);
  }

  /** Returns what was not found, such as {@code alias} or {@code template}. */
  public String kind() {
    return kind;
  }

  /** Returns the name that was not found. */
  public String name() {
    return name;
  }

  /** Returns the names of that kind that exist. */
  public List<String> known() {
    return known;
  }
}

package dev.rp.cli.output;

/**
 * Applies ANSI colours to text written to one stream, or leaves text unchanged when colour is off
 * for that stream.
 */
public final class Colour {

  /** Colour that leaves every text unchanged. */
  public static final Colour OFF = new Colour(false);

  /** Colour that wraps text in ANSI escape sequences. */
  public static final Colour ON = new Colour(true);

  private final boolean enabled;

  private Colour(boolean enabled) {
    this.enabled = enabled;
  }

  /** Returns {@link #ON} when {@code enabled}, else {@link #OFF}. */
  public static Colour of(boolean enabled) {
    return enabled ? ON : OFF;
  }

  /** Returns whether this colour writes escape sequences. */
  public boolean enabled() {
    return enabled;
  }

  /** Returns {@code text} in bold. */
  public String bold(String text) {
    return wrap("1", text);
  }

  /** Returns {@code text} dimmed, for secondary details. */
  public String dim(String text) {
    return wrap("2", text);
  }

  /** Returns {@code text} in red, for errors and stopped pods. */
  public String red(String text) {
    return wrap("31", text);
  }

  /** Returns {@code text} in green, for running pods and success. */
  public String green(String text) {
    return wrap("32", text);
  }

  /** Returns {@code text} in yellow, for warnings and pods in transition. */
  public String yellow(String text) {
    return wrap("33", text);
  }

  /** Returns {@code text} in cyan, for names the user can type. */
  public String cyan(String text) {
    return wrap("36", text);
  }

  private String wrap(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}

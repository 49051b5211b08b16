package dev.rp.cli;

import dev.rp.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Picks the alias a command acts on when the user left it out, as the Python rp does. */
public final class AliasChoice {
  private AliasChoice() {}

  /**
   * Returns {@code given} when it is set; otherwise the only tracked alias, or on a terminal the
   * one the user picks from a numbered list.
   *
   * @throws InvalidInputException when nothing is tracked, or when several aliases are and there is
   *     no terminal to ask on; the message lists them
   */
  public static String resolve(CliContext context, String given, String command) {
    if (given != null) {
      return given;
    }
    List<String> aliases = new ArrayList<>(context.client().stores().aliases().all().keySet());
    if (aliases.isEmpty()) {
      throw new InvalidInputException(
          "No pods are tracked yet. Create one with rp create, or track an existing one with"
              + " rp track ALIAS POD_ID.");
    }
    if (aliases.size() == 1) {
      context.err().println("Using " + aliases.get(0) + ", the only tracked pod.");
      return aliases.get(0);
    }
    if (!context.prompts().interactive()) {
      throw new InvalidInputException(
          "Missing ALIAS: rp "
              + command
              + " needs one of "
              + String.join(", ", aliases)
              + " (for example rp "
              + command
              + " "
              + aliases.get(0)
              + ").");
    }
    return context.prompts().choose("Which pod?", aliases, alias -> alias, "an ALIAS argument");
  }
}

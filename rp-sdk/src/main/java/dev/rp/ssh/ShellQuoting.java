package dev.rp.ssh;

import dev.rp.InvalidInputException;
import java.util.regex.Pattern;

/** Quotes text for a POSIX shell, which is how the pod's login shell reads a remote command. */
final class ShellQuoting {

  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private ShellQuoting() {}

  /**
   * Returns {@code text} in single quotes. A single quote inside becomes {@code '\''}: close the
   * quotes, an escaped quote, open them again. Nothing else is special inside single quotes.
   */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /**
   * Returns a {@code cd} command for {@code path}. A leading {@code ~} or {@code ~/} stays outside
   * the quotes, so that the remote shell expands it to the remote home folder.
   */
  static String changeDirectory(String path) {
    if (path.equals("~")) {
      return "cd ~";
    }
    if (path.startsWith("~/")) {
      return "cd ~/" + quote(path.substring(2));
    }
    return "cd " + quote(path);
  }

  /**
   * Returns {@code name} after checking that it is a valid shell variable name.
   *
   * @throws InvalidInputException when it is not
   */
  static String requireVariableName(String name) {
    if (name == null || !VARIABLE_NAME.matcher(name).matches()) {
      throw new InvalidInputException(
          "Invalid environment variable name '"
              + name
              + "': use letters, digits and '_', not starting with a digit.");
    }
    return name;
  }
}

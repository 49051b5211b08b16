package dev.rp.schedule;

import dev.rp.InvalidInputException;

/** Quotes paths and values for the files and commands that runners write. */
final class Quoting {

  private Quoting() {}

  /**
   * Quotes {@code value} for a POSIX shell: single quotes, with {@code '} written as {@code '\''}.
   */
  static String posix(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /**
   * Quotes {@code value} for a crontab command, which cron hands to {@code /bin/sh} after turning
   * every unescaped {@code %} into a line break.
   */
  static String cron(String value) {
    return posix(value).replace("%", "\\%");
  }

  /**
   * Quotes {@code value} as one word of a systemd {@code ExecStart=} line, where {@code %} starts a
   * specifier and {@code $} a variable, so both are doubled.
   */
  static String systemdWord(String value) {
    return "\"" + systemdEscape(value).replace("$", "$$") + "\"";
  }

  /** Quotes an assignment for a systemd {@code Environment=} line, which expands only {@code %}. */
  static String systemdAssignment(String name, String value) {
    return "\"" + name + "=" + systemdEscape(value) + "\"";
  }

  private static String systemdEscape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%");
  }

  /** Escapes {@code value} for XML text or a double-quoted attribute. */
  static String xml(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }

  /** Quotes {@code value} for the Windows command prompt. */
  static String windows(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /**
   * Rejects a value with a control character, such as a line break, which none of the runner
   * formats can hold.
   *
   * @throws InvalidInputException naming the value and its {@code description}
   */
  static String requirePrintable(String value, String description) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new InvalidInputException(
            String.format(
                "The %s '%s' contains a control character (U+%04X), which a plist, unit file or"
                    + " crontab cannot hold. Move it to a path without one.",
                description, value.replaceAll("\\p{Cntrl}", "?"), (int) c));
      }
    }
    return value;
  }
}

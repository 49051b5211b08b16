package dev.rp.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of an OpenSSH client config, split into a keyword and its arguments the way OpenSSH 9
 * splits it.
 *
 * <p>The keyword ends at whitespace or at one {@code =} ({@code Host=dev}, {@code Port = 22}) and
 * is compared in lower case. Arguments are split at whitespace, may be quoted with {@code "} or
 * {@code '}, and end at a {@code #} that starts a word. Blank lines and comments have an empty
 * keyword.
 *
 * @param keyword the keyword in lower case, or empty for a blank line or a comment
 * @param arguments the arguments with quotes and escapes removed
 */
record ConfigLine(String keyword, List<String> arguments) {

  private static final String TRAILING_WHITESPACE = " \t\r\n\f";

  /** Parses {@code text}, a line without its line terminator. */
  static ConfigLine parse(String text) {
    String line = stripTrailingWhitespace(text);
    int start = skipWhitespace(line, 0);
    if (start == line.length() || line.charAt(start) == '#') {
      return new ConfigLine("", List.of());
    }
    int end = start;
    while (end < line.length() && !isWhitespace(line.charAt(end)) && line.charAt(end) != '=') {
      end++;
    }
    String keyword = line.substring(start, end).toLowerCase(Locale.ROOT);
    int rest = skipWhitespace(line, end);
    if (rest < line.length() && line.charAt(rest) == '=') {
      rest = skipWhitespace(line, rest + 1);
    }
    return new ConfigLine(keyword, splitArguments(line.substring(rest)));
  }

  /** Returns whether this line's keyword is {@code name}, compared without case. */
  boolean is(String name) {
    return keyword.equalsIgnoreCase(name);
  }

  /** Returns whether this line is a blank line or a comment. */
  boolean isBlankOrComment() {
    return keyword.isEmpty();
  }

  /** Returns the first argument, or an empty string when there is none. */
  String firstArgument() {
    return arguments.isEmpty() ? "" : arguments.get(0);
  }

  /**
   * Splits arguments as OpenSSH's {@code argv_split} does: a backslash escapes a quote, a backslash
   * or (outside quotes) a space, and any other backslash stays as it is.
   */
  private static List<String> splitArguments(String text) {
    List<String> arguments = new ArrayList<>();
    int i = 0;
    while (true) {
      i = skipWhitespace(text, i);
      if (i >= text.length() || text.charAt(i) == '#') {
        return arguments;
      }
      StringBuilder argument = new StringBuilder();
      char quote = 0;
      for (; i < text.length(); i++) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        if (c == '\\'
            && (next == '\'' || next == '"' || next == '\\' || quote == 0 && next == ' ')) {
          argument.append(next);
          i++;
        } else if (quote == 0 && isWhitespace(c)) {
          break;
        } else if (quote == 0 && (c == '"' || c == '\'')) {
          quote = c;
        } else if (quote != 0 && c == quote) {
          quote = 0;
        } else {
          argument.append(c);
        }
      }
      arguments.add(argument.toString());
    }
  }

  private static String stripTrailingWhitespace(String text) {
    int end = text.length();
    while (end > 0 && TRAILING_WHITESPACE.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t';
  }
}

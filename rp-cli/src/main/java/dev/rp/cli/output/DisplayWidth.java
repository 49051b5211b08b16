package dev.rp.cli.output;

/**
 * Computes how many terminal columns a string takes: East Asian wide characters and most emoji take
 * two, combining marks and format characters none, and ANSI escape sequences none.
 */
public final class DisplayWidth {

  private DisplayWidth() {}

  /** Returns the number of terminal columns {@code text} takes. */
  public static int of(String text) {
    String plain = stripAnsi(text);
    int width = 0;
    for (int i = 0; i < plain.length(); ) {
      int codePoint = plain.codePointAt(i);
      width += ofCodePoint(codePoint);
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /** Returns {@code text} without ANSI CSI escape sequences such as colour codes. */
  public static String stripAnsi(String text) {
    if (text.indexOf('\u001b') < 0) {
      return text;
    }
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u001b' && i + 1 < text.length() && text.charAt(i + 1) == '[') {
        // A CSI sequence ends at its final byte, a character from '@' to '~'.
        i += 2;
        while (i < text.length() && (text.charAt(i) < '@' || text.charAt(i) > '~')) {
          i++;
        }
      } else {
        plain.append(c);
      }
    }
    return plain.toString();
  }

  /**
   * Returns the longest prefix of {@code text} that fits in {@code columns} columns. The text must
   * not contain escape sequences.
   */
  public static String truncate(String text, int columns) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += ofCodePoint(codePoint);
      if (width > columns) {
        return text.substring(0, i);
      }
      i += Character.charCount(codePoint);
    }
    return text;
  }

  static int ofCodePoint(int codePoint) {
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) {
      return 0;
    }
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  // Ranges of East Asian Wide and Fullwidth characters and emoji, after Unicode's
  // EastAsianWidth.txt, merged into the blocks that matter for names and status text.
  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115f)
        || (c >= 0x2e80 && c <= 0x303e)
        || (c >= 0x3041 && c <= 0x33ff)
        || (c >= 0x3400 && c <= 0x4dbf)
        || (c >= 0x4e00 && c <= 0x9fff)
        || (c >= 0xa000 && c <= 0xa4cf)
        || (c >= 0xac00 && c <= 0xd7a3)
        || (c >= 0xf900 && c <= 0xfaff)
        || (c >= 0xfe30 && c <= 0xfe4f)
        || (c >= 0xff00 && c <= 0xff60)
        || (c >= 0xffe0 && c <= 0xffe6)
        || (c >= 0x1f300 && c <= 0x1f64f)
        || (c >= 0x1f680 && c <= 0x1f6ff)
        || (c >= 0x1f900 && c <= 0x1f9ff)
        || (c >= 0x1fa70 && c <= 0x1faff)
        || (c >= 0x20000 && c <= 0x3fffd);
  }
}

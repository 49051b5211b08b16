package dev.rp.ssh;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Content of a config file as raw lines that turn back into the same bytes.
 *
 * <p>Bytes are decoded as ISO-8859-1, which maps every byte to one character and back, so line
 * endings, tabs, a missing final newline and text in any encoding survive unchanged. Each line
 * keeps its own terminator ({@code \n}, {@code \r\n} or none on the last line).
 */
final class ConfigText {

  private final List<String> rawLines;

  private ConfigText(List<String> rawLines) {
    this.rawLines = List.copyOf(rawLines);
  }

  /** Splits {@code bytes} into lines. */
  static ConfigText of(byte[] bytes) {
    String text = new String(bytes, ISO_8859_1);
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return new ConfigText(lines);
  }

  /** Returns the content as bytes, identical to the bytes it was made of where unchanged. */
  byte[] toBytes() {
    return String.join("", rawLines).getBytes(ISO_8859_1);
  }

  /** Returns the number of lines. */
  int size() {
    return rawLines.size();
  }

  /** Returns line {@code index} (0-based) without its terminator. */
  String line(int index) {
    String raw = rawLines.get(index);
    if (raw.endsWith("\r\n")) {
      return raw.substring(0, raw.length() - 2);
    }
    return raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
  }

  /** Returns line {@code index} decoded as UTF-8, for messages. */
  String displayLine(int index) {
    return new String(line(index).getBytes(ISO_8859_1), UTF_8).strip();
  }

  /** Returns line {@code index} parsed as a config line. */
  ConfigLine parsed(int index) {
    return ConfigLine.parse(line(index));
  }

  /**
   * Returns the terminator of the first line that has one, or {@code \n} when no line has one, so a
   * line rp adds matches the file's own convention.
   */
  String lineEnding() {
    for (String raw : rawLines) {
      if (raw.endsWith("\r\n")) {
        return "\r\n";
      }
      if (raw.endsWith("\n")) {
        return "\n";
      }
    }
    return "\n";
  }

  /** Returns a copy with {@code text} and this file's line ending inserted before every line. */
  ConfigText withFirstLine(String text) {
    List<String> lines = new ArrayList<>(rawLines.size() + 1);
    lines.add(text + lineEnding());
    lines.addAll(rawLines);
    return new ConfigText(lines);
  }

  /** Returns a copy without the lines at {@code indexes} (0-based). */
  ConfigText withoutLines(Collection<Integer> indexes) {
    Set<Integer> removed = new HashSet<>(indexes);
    List<String> lines = new ArrayList<>(rawLines.size());
    for (int i = 0; i < rawLines.size(); i++) {
      if (!removed.contains(i)) {
        lines.add(rawLines.get(i));
      }
    }
    return new ConfigText(lines);
  }
}

package dev.rp.store;

import dev.rp.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parser of JSON text (RFC 8259) into plain Java values that records where each value starts.
 *
 * <p>Objects become {@link LinkedHashMap}s in file order, arrays {@link ArrayList}s, numbers {@link
 * JsonNumber}s, JSON {@code null} Java {@code null}. A repeated member name keeps its last value,
 * as Python's {@code json} module does. Syntax errors raise {@link StoreException} with the file,
 * line and column.
 */
final class JsonParser {

  /** Maximum nesting of arrays and objects, far above what rp's files use. */
  private static final int MAX_DEPTH = 256;

  /** Line and column, both counted from 1, where a value starts. */
  record Position(int line, int column) {
    @Override
    public String toString() {
      return "line " + line + ", column " + column;
    }
  }

  private final Path file;
  private final String text;
  private final Map<String, Position> positions = new HashMap<>();
  private int index;
  private int line = 1;
  private int lineStart;

  private JsonParser(Path file, String text) {
    this.file = file;
    this.text = text;
  }

  /**
   * Parses {@code text}, read from {@code file}, into a document.
   *
   * @throws StoreException when {@code text} is not one valid JSON value
   */
  static JsonDocument parse(Path file, String text) {
    JsonParser parser = new JsonParser(file, text);
    parser.skipWhitespace();
    Object root = parser.value("", 0);
    parser.skipWhitespace();
    if (parser.index < text.length()) {
      throw parser.syntaxError("expected the end of the file after the top-level value");
    }
    return new JsonDocument(file, root, parser.positions);
  }

  private Object value(String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw syntaxError("arrays and objects are nested more than " + MAX_DEPTH + " deep");
    }
    if (atEnd()) {
      throw syntaxError("expected a value");
    }
    positions.put(path, position());
    char c = text.charAt(index);
    switch (c) {
      case '{':
        return object(path, depth);
      case '[':
        return array(path, depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || isDigit(c)) {
          return number();
        }
        throw syntaxError("expected a value");
    }
  }

  private Map<String, Object> object(String path, int depth) {
    index++;
    Map<String, Object> members = new LinkedHashMap<>();
    skipWhitespace();
    if (consume('}')) {
      return members;
    }
    while (true) {
      if (atEnd() || text.charAt(index) != '"') {
        throw syntaxError("expected a member name in double quotes");
      }
      String name = string();
      skipWhitespace();
      if (!consume(':')) {
        throw syntaxError("expected ':' after the member name");
      }
      skipWhitespace();
      // Keeping only the last of two equal names would drop the first without a word.
      if (members.containsKey(name)) {
        throw new StoreException(
            "Cannot read "
                + file
                + ": the name '"
                + name
                + "' appears twice in one object at "
                + position()
                + ". Remove one of the two; the file was left unchanged.",
            file);
      }
      members.put(name, value(JsonDocument.child(path, name), depth + 1));
      skipWhitespace();
      if (consume('}')) {
        return members;
      }
      if (!consume(',')) {
        throw syntaxError("expected ',' or '}' after an object member");
      }
      skipWhitespace();
    }
  }

  private List<Object> array(String path, int depth) {
    index++;
    List<Object> elements = new ArrayList<>();
    skipWhitespace();
    if (consume(']')) {
      return elements;
    }
    while (true) {
      elements.add(value(JsonDocument.element(path, elements.size()), depth + 1));
      skipWhitespace();
      if (consume(']')) {
        return elements;
      }
      if (!consume(',')) {
        throw syntaxError("expected ',' or ']' after an array element");
      }
      skipWhitespace();
    }
  }

  private String string() {
    Position start = position();
    index++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (atEnd()) {
        throw syntaxError("the string that starts at " + start + " is not closed");
      }
      char c = text.charAt(index);
      if (c == '"') {
        index++;
        return out.toString();
      }
      if (c < 0x20) {
        throw syntaxError("control character U+%04X inside a string".formatted((int) c));
      }
      if (c == '\\') {
        out.append(escape());
      } else {
        out.append(c);
        index++;
      }
    }
  }

  private char escape() {
    index++;
    if (atEnd()) {
      throw syntaxError("expected an escape character after '\\'");
    }
    char c = text.charAt(index);
    index++;
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        return unicodeEscape();
      default:
        // Points the error at the backslash.
        index -= 2;
        throw syntaxError("invalid escape '\\" + c + "'");
    }
  }

  private char unicodeEscape() {
    if (index + 4 > text.length()) {
      throw syntaxError("expected four hex digits after '\\u'");
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(index), 16);
      if (digit < 0) {
        throw syntaxError("expected four hex digits after '\\u'");
      }
      code = code * 16 + digit;
      index++;
    }
    return (char) code;
  }

  private JsonNumber number() {
    int start = index;
    consume('-');
    if (consume('0')) {
      if (!atEnd() && isDigit(text.charAt(index))) {
        throw syntaxError("a number must not start with 0 unless it is 0");
      }
    } else {
      digits();
    }
    if (consume('.')) {
      digits();
    }
    if (consume('e') || consume('E')) {
      if (!consume('+')) {
        consume('-');
      }
      digits();
    }
    return new JsonNumber(text.substring(start, index));
  }

  private void digits() {
    if (atEnd() || !isDigit(text.charAt(index))) {
      throw syntaxError("expected a digit");
    }
    while (!atEnd() && isDigit(text.charAt(index))) {
      index++;
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, index)) {
      throw syntaxError("expected a value");
    }
    index += word.length();
    return value;
  }

  private void skipWhitespace() {
    while (!atEnd()) {
      char c = text.charAt(index);
      if (c == '\n') {
        line++;
        lineStart = index + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      index++;
    }
  }

  private boolean consume(char expected) {
    if (!atEnd() && text.charAt(index) == expected) {
      index++;
      return true;
    }
    return false;
  }

  private boolean atEnd() {
    return index >= text.length();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Position position() {
    return new Position(line, index - lineStart + 1);
  }

  private StoreException syntaxError(String problem) {
    String found = atEnd() ? "the end of the file" : describe(text.charAt(index));
    return new StoreException(
        "Cannot read "
            + file
            + ": invalid JSON at "
            + position()
            + ": "
            + problem
            + ", but found "
            + found
            + ". Fix the file or move it aside. It was left unchanged.",
        file);
  }

  private static String describe(char c) {
    if (c < 0x20 || c > 0x7e) {
      return "U+%04X".formatted((int) c);
    }
    return "'" + c + "'";
  }
}

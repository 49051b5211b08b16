package dev.rp.store;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writer of the values {@link JsonParser} produces, in the layout of Python's {@code
 * json.dump(value, indent=2)}: two-space indent, {@code ": "} after names, {@code {}} and {@code
 * []} for empty containers, non-ASCII characters as {@code \}{@code uXXXX} escapes, and a trailing
 * newline.
 *
 * <p>ASCII-only output keeps the files readable by a Python rp that opens them in a locale other
 * than UTF-8.
 */
final class JsonWriter {

  private JsonWriter() {}

  /** Returns {@code value} as pretty-printed JSON text ending in a newline. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out);
    return out.append('\n').toString();
  }

  /** Returns {@code text} as a JSON string literal, with its double quotes. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    writeString(text, out);
    return out.toString();
  }

  private static void write(Object value, int indent, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String) {
      writeString((String) value, out);
    } else if (value instanceof JsonNumber) {
      out.append(((JsonNumber) value).literal());
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map) {
      writeObject((Map<?, ?>) value, indent, out);
    } else if (value instanceof List) {
      writeArray((List<?>) value, indent, out);
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  private static void writeObject(Map<?, ?> members, int indent, StringBuilder out) {
    if (members.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    Iterator<? extends Map.Entry<?, ?>> entries = members.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> member = entries.next();
      indent(indent + 2, out);
      writeString((String) member.getKey(), out);
      out.append(": ");
      write(member.getValue(), indent + 2, out);
      out.append(entries.hasNext() ? ",\n" : "\n");
    }
    indent(indent, out);
    out.append('}');
  }

  private static void writeArray(List<?> elements, int indent, StringBuilder out) {
    if (elements.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < elements.size(); i++) {
      indent(indent + 2, out);
      write(elements.get(i), indent + 2, out);
      out.append(i < elements.size() - 1 ? ",\n" : "\n");
    }
    indent(indent, out);
    out.append(']');
  }

  private static void indent(int width, StringBuilder out) {
    out.append(" ".repeat(width));
  }

  private static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          // Python's ensure_ascii escapes everything outside space to tilde, in lower-case hex.
          if (c < 0x20 || c > 0x7e) {
            out.append("\\u").append("%04x".formatted((int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}

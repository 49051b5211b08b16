package dev.rp.store;

import dev.rp.StoreException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parsed JSON file with typed access whose errors name the file, the value's path such as {@code
 * pod_metadata.my-pod.pod_id}, and its line and column.
 *
 * <p>Paths use jq's notation: {@code .name} for a plain member name, {@code ["a b"]} for other
 * names, {@code [2]} for an array element, and the empty string for the top-level value.
 */
final class JsonDocument {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private final Path file;
  private final Object root;
  private final Map<String, JsonParser.Position> positions;

  JsonDocument(Path file, Object root, Map<String, JsonParser.Position> positions) {
    this.file = file;
    this.root = root;
    this.positions = positions;
  }

  /** Returns a document for {@code root} that was not read from text, such as an empty state. */
  static JsonDocument of(Path file, Object root) {
    return new JsonDocument(file, root, Map.of());
  }

  Path file() {
    return file;
  }

  Object root() {
    return root;
  }

  /** Returns the value at {@code path} as an object, or raises an error naming its type. */
  @SuppressWarnings("unchecked")
  Map<String, Object> object(String path, Object value) {
    if (value instanceof Map) {
      return (Map<String, Object>) value;
    }
    throw wrongType(path, "an object", value);
  }

  /** Returns the value at {@code path} as an array, or raises an error naming its type. */
  @SuppressWarnings("unchecked")
  List<Object> array(String path, Object value) {
    if (value instanceof List) {
      return (List<Object>) value;
    }
    throw wrongType(path, "an array", value);
  }

  /** Returns the value at {@code path} as a string, or raises an error naming its type. */
  String string(String path, Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    throw wrongType(path, "a string", value);
  }

  /** Returns the value at {@code path} as a number, or raises an error naming its type. */
  BigDecimal number(String path, Object value) {
    if (value instanceof JsonNumber) {
      return ((JsonNumber) value).toBigDecimal();
    }
    throw wrongType(path, "a number", value);
  }

  /** Returns the object member {@code name} of {@code parent}, or an empty map when absent. */
  Map<String, Object> optionalObject(Map<String, Object> parent, String parentPath, String name) {
    if (!parent.containsKey(name)) {
      return new LinkedHashMap<>();
    }
    return object(child(parentPath, name), parent.get(name));
  }

  /** Returns the string member {@code name} of {@code parent}, which must be present. */
  String requiredString(Map<String, Object> parent, String parentPath, String name) {
    return string(child(parentPath, name), required(parent, parentPath, name));
  }

  /** Returns the number member {@code name} of {@code parent}, which must be present. */
  BigDecimal requiredNumber(Map<String, Object> parent, String parentPath, String name) {
    return number(child(parentPath, name), required(parent, parentPath, name));
  }

  /** Returns the string member {@code name} of {@code parent}, empty when absent or null. */
  Optional<String> optionalString(Map<String, Object> parent, String parentPath, String name) {
    Object value = parent.get(name);
    return value == null ? Optional.empty() : Optional.of(string(child(parentPath, name), value));
  }

  /** Returns the number member {@code name} of {@code parent}, empty when absent or null. */
  Optional<BigDecimal> optionalNumber(Map<String, Object> parent, String parentPath, String name) {
    Object value = parent.get(name);
    return value == null ? Optional.empty() : Optional.of(number(child(parentPath, name), value));
  }

  private Object required(Map<String, Object> parent, String parentPath, String name) {
    if (!parent.containsKey(name)) {
      throw invalid(parentPath, "has no \"" + name + "\" field");
    }
    return parent.get(name);
  }

  /**
   * Returns an error about the value at {@code path}. The {@code problem} continues a sentence
   * whose subject is that value, such as {@code must be a string but is a number}.
   */
  StoreException invalid(String path, String problem) {
    JsonParser.Position position = positions.get(path);
    String subject = path.isEmpty() ? "the top-level value" : path;
    String where = position == null ? "" : " at " + position;
    return new StoreException(
        "Cannot read "
            + file
            + ": "
            + subject
            + where
            + " "
            + problem
            + ". Fix that value or move the file aside. The file was left unchanged.",
        file);
  }

  private StoreException wrongType(String path, String expected, Object value) {
    return invalid(path, "must be " + expected + " but is " + typeName(value));
  }

  /** Returns the path of member {@code name} of the value at {@code parent}. */
  static String child(String parent, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return parent.isEmpty() ? name : parent + "." + name;
    }
    return parent + "[" + JsonWriter.quote(name) + "]";
  }

  /** Returns the path of element {@code index} of the array at {@code parent}. */
  static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** Returns a deep copy of {@code value} whose objects and arrays can be changed. */
  @SuppressWarnings("unchecked")
  static Object copy(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) value).forEach((name, member) -> copy.put(name, copy(member)));
      return copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) value).forEach(element -> copy.add(copy(element)));
      return copy;
    }
    return value;
  }

  /**
   * Returns a new changeable object with the members of {@code previous} when it is an object, or
   * an empty one, so that an entry rp rewrites keeps the fields rp does not know.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> objectFrom(Object previous) {
    Map<String, Object> object = new LinkedHashMap<>();
    if (previous instanceof Map) {
      object.putAll((Map<String, Object>) previous);
    }
    return object;
  }

  /** Returns the JSON type of {@code value} with its article, such as {@code a number}. */
  static String typeName(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof JsonNumber) {
      return "a number";
    }
    return "a boolean";
  }
}

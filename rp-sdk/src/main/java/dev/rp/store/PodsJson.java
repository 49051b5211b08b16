package dev.rp.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parts of {@code pods.json} that the alias and template sections share: the top-level shape and
 * the {@code config} objects of pods and templates.
 *
 * <p>A {@code config} member whose value is a string is exposed. A {@code null}, which the Python
 * rp writes for an unset {@code path}, and values of other types stay in the file as they are,
 * hidden from callers unless a caller sets that name.
 */
final class PodsJson {

  static final String LEGACY_ALIASES = "aliases";
  static final String POD_METADATA = "pod_metadata";
  static final String SCHEDULED_TASKS = "scheduled_tasks";
  static final String POD_TEMPLATES = "pod_templates";
  static final String CONFIG = "config";

  private PodsJson() {}

  /** Returns the content of a new {@code pods.json}, with every section the Python rp writes. */
  static Map<String, Object> emptyRoot() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(LEGACY_ALIASES, new LinkedHashMap<>());
    root.put(POD_METADATA, new LinkedHashMap<>());
    root.put(SCHEDULED_TASKS, new ArrayList<>());
    root.put(POD_TEMPLATES, new LinkedHashMap<>());
    return root;
  }

  /**
   * Returns the top-level object of {@code document}, or raises an error when it is not an object.
   */
  static Map<String, Object> root(JsonDocument document) {
    return document.object("", document.root());
  }

  /** Returns a changeable deep copy of the top-level object of {@code document}. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> copyOfRoot(JsonDocument document) {
    return (Map<String, Object>) JsonDocument.copy(root(document));
  }

  /** Returns the object member {@code name} of {@code parent}, adding an empty one if absent. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> section(Map<String, Object> parent, String name) {
    return (Map<String, Object>) parent.computeIfAbsent(name, key -> new LinkedHashMap<>());
  }

  /**
   * Returns the string members of the optional {@code config} object of {@code entry}, empty when
   * {@code config} is absent or null.
   */
  static Map<String, String> decodeConfig(
      JsonDocument document, Map<String, Object> entry, String entryPath) {
    Map<String, String> config = new TreeMap<>();
    Object value = entry.get(CONFIG);
    if (value == null) {
      return config;
    }
    document
        .object(JsonDocument.child(entryPath, CONFIG), value)
        .forEach(
            (name, member) -> {
              if (member instanceof String) {
                config.put(name, (String) member);
              }
            });
    return config;
  }

  /**
   * Returns the {@code config} object to save for {@code config}, starting from the {@code
   * previous} one so that members rp does not expose stay.
   */
  static Map<String, Object> encodeConfig(Object previous, Map<String, String> config) {
    Map<String, Object> encoded = JsonDocument.objectFrom(previous);
    encoded
        .entrySet()
        .removeIf(
            member -> member.getValue() instanceof String && !config.containsKey(member.getKey()));
    encoded.putAll(config);
    return encoded;
  }
}

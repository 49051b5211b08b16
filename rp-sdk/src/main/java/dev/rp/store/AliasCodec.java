package dev.rp.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * Codec of the alias sections of {@code pods.json}: the legacy {@code aliases} map of alias to pod
 * id, and {@code pod_metadata}, the map of alias to {@code pod_id} and {@code config}.
 *
 * <p>Reading merges both. For an alias in both, {@code pod_metadata} wins, and a legacy-only alias
 * has an empty configuration. Writing follows the Python rp, which moves an alias from {@code
 * aliases} to {@code pod_metadata} whenever it changes one:
 *
 * <ul>
 *   <li>a new or changed alias goes to {@code pod_metadata} and leaves {@code aliases};
 *   <li>a removed alias leaves both maps;
 *   <li>an alias that did not change stays where it was, byte for value.
 * </ul>
 *
 * <p>Writing every alias to both maps would break the Python rp: its remove deletes an alias from
 * {@code pod_metadata} only, so the copy in {@code aliases} would bring the alias back.
 */
final class AliasCodec implements JsonFileStore.Codec<Map<String, PodAlias>> {

  private static final String POD_ID = "pod_id";

  @Override
  public Object emptyRoot() {
    return PodsJson.emptyRoot();
  }

  @Override
  public Map<String, PodAlias> decode(JsonDocument document) {
    Map<String, Object> root = PodsJson.root(document);
    Map<String, PodAlias> aliases = new TreeMap<>();
    String legacyPath = PodsJson.LEGACY_ALIASES;
    document
        .optionalObject(root, "", legacyPath)
        .forEach(
            (alias, podId) -> {
              String path = JsonDocument.child(legacyPath, alias);
              aliases.put(alias, PodAlias.of(alias, document.string(path, podId)));
            });
    String metadataPath = PodsJson.POD_METADATA;
    document
        .optionalObject(root, "", metadataPath)
        .forEach(
            (alias, value) -> {
              String path = JsonDocument.child(metadataPath, alias);
              Map<String, Object> entry = document.object(path, value);
              aliases.put(
                  alias,
                  PodAlias.builder()
                      .alias(alias)
                      .podId(document.requiredString(entry, path, POD_ID))
                      .config(PodsJson.decodeConfig(document, entry, path))
                      .build());
            });
    return aliases;
  }

  @Override
  public Map<String, PodAlias> mutableCopy(Map<String, PodAlias> aliases) {
    return new TreeMap<>(aliases);
  }

  @Override
  public void check(Map<String, PodAlias> aliases) {
    StoreChecks.checkAliases(aliases);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object encode(
      JsonDocument current, Map<String, PodAlias> before, Map<String, PodAlias> after) {
    Map<String, Object> root = PodsJson.copyOfRoot(current);
    Map<String, Object> legacy = (Map<String, Object>) root.get(PodsJson.LEGACY_ALIASES);
    for (String alias : before.keySet()) {
      if (!after.containsKey(alias)) {
        if (legacy != null) {
          legacy.remove(alias);
        }
        if (root.get(PodsJson.POD_METADATA) != null) {
          PodsJson.section(root, PodsJson.POD_METADATA).remove(alias);
        }
      }
    }
    for (PodAlias alias : after.values()) {
      if (alias.equals(before.get(alias.alias()))) {
        continue;
      }
      if (legacy != null) {
        legacy.remove(alias.alias());
      }
      Map<String, Object> metadata = PodsJson.section(root, PodsJson.POD_METADATA);
      metadata.put(alias.alias(), encodeEntry(metadata.get(alias.alias()), alias));
    }
    return root;
  }

  private static Map<String, Object> encodeEntry(Object previous, PodAlias alias) {
    Map<String, Object> entry = JsonDocument.objectFrom(previous);
    entry.put(POD_ID, alias.podId());
    entry.put(PodsJson.CONFIG, PodsJson.encodeConfig(entry.get(PodsJson.CONFIG), alias.config()));
    return entry;
  }
}

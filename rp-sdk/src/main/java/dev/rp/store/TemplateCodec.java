package dev.rp.store;

import dev.rp.templates.PodTemplate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Codec of the {@code pod_templates} section of {@code pods.json}, a map of identifier to template.
 *
 * <p>A template's identity is its key in that map, which is how both tools look it up. The {@code
 * identifier} field inside is written to match. {@code config} may be absent, as in files from
 * Python rp versions before templates had one. Unknown fields of a template stay, and an unchanged
 * template is written back byte for value.
 */
final class TemplateCodec implements JsonFileStore.Codec<Map<String, PodTemplate>> {

  private static final String IDENTIFIER = "identifier";
  private static final String ALIAS_TEMPLATE = "alias_template";
  private static final String GPU_SPEC = "gpu_spec";
  private static final String STORAGE_SPEC = "storage_spec";
  private static final String CONTAINER_DISK_SPEC = "container_disk_spec";
  private static final String IMAGE = "image";

  @Override
  public Object emptyRoot() {
    return PodsJson.emptyRoot();
  }

  @Override
  public Map<String, PodTemplate> decode(JsonDocument document) {
    Map<String, PodTemplate> templates = new TreeMap<>();
    String sectionPath = PodsJson.POD_TEMPLATES;
    document
        .optionalObject(PodsJson.root(document), "", sectionPath)
        .forEach(
            (identifier, value) -> {
              String path = JsonDocument.child(sectionPath, identifier);
              templates.put(identifier, decodeTemplate(document, identifier, value, path));
            });
    return templates;
  }

  private static PodTemplate decodeTemplate(
      JsonDocument document, String identifier, Object value, String path) {
    Map<String, Object> entry = document.object(path, value);
    // Checked for its type only: the key is the identity.
    document.optionalString(entry, path, IDENTIFIER);
    return PodTemplate.builder()
        .identifier(identifier)
        .aliasPattern(document.requiredString(entry, path, ALIAS_TEMPLATE))
        .gpuSpec(document.requiredString(entry, path, GPU_SPEC))
        .storageSpec(document.requiredString(entry, path, STORAGE_SPEC))
        .containerDiskSpec(document.optionalString(entry, path, CONTAINER_DISK_SPEC))
        .image(document.optionalString(entry, path, IMAGE))
        .config(PodsJson.decodeConfig(document, entry, path))
        .build();
  }

  @Override
  public Map<String, PodTemplate> mutableCopy(Map<String, PodTemplate> templates) {
    return new TreeMap<>(templates);
  }

  @Override
  public void check(Map<String, PodTemplate> templates) {
    StoreChecks.checkTemplates(templates);
  }

  @Override
  public Object encode(
      JsonDocument current, Map<String, PodTemplate> before, Map<String, PodTemplate> after) {
    Map<String, Object> root = PodsJson.copyOfRoot(current);
    for (String identifier : before.keySet()) {
      if (!after.containsKey(identifier)) {
        PodsJson.section(root, PodsJson.POD_TEMPLATES).remove(identifier);
      }
    }
    for (PodTemplate template : after.values()) {
      if (!template.equals(before.get(template.identifier()))) {
        Map<String, Object> section = PodsJson.section(root, PodsJson.POD_TEMPLATES);
        String identifier = template.identifier();
        section.put(identifier, encodeTemplate(section.get(identifier), template));
      }
    }
    return root;
  }

  private static Map<String, Object> encodeTemplate(Object previous, PodTemplate template) {
    Map<String, Object> entry = JsonDocument.objectFrom(previous);
    entry.put(IDENTIFIER, template.identifier());
    entry.put(ALIAS_TEMPLATE, template.aliasPattern());
    entry.put(GPU_SPEC, template.gpuSpec());
    entry.put(STORAGE_SPEC, template.storageSpec());
    entry.put(CONTAINER_DISK_SPEC, template.containerDiskSpec().orElse(null));
    entry.put(IMAGE, template.image().orElse(null));
    Object config = entry.get(PodsJson.CONFIG);
    entry.put(PodsJson.CONFIG, PodsJson.encodeConfig(config, template.config()));
    return entry;
  }
}

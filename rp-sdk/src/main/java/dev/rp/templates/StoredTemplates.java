package dev.rp.templates;

import dev.rp.AlreadyExistsException;
import dev.rp.InvalidInputException;
import dev.rp.NotFoundLocallyException;
import dev.rp.gpu.GpuSpec;
import dev.rp.gpu.StorageSize;
import dev.rp.internal.Names;
import dev.rp.store.TemplateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link Templates} over a {@link TemplateStore} and the built-in defaults. */
final class StoredTemplates implements Templates {
  private final TemplateStore store;

  StoredTemplates(TemplateStore store) {
    this.store = store;
  }

  @Override
  public List<PodTemplate> list() {
    Map<String, PodTemplate> all = new TreeMap<>(DefaultTemplates.ALL);
    all.putAll(store.all());
    return new ArrayList<>(all.values());
  }

  @Override
  public PodTemplate get(String identifier) {
    return find(identifier)
        .orElseThrow(
            () ->
                new NotFoundLocallyException(
                    "template", identifier, list().stream().map(PodTemplate::identifier).toList()));
  }

  @Override
  public Optional<PodTemplate> find(String identifier) {
    PodTemplate stored = store.all().get(identifier);
    return stored != null
        ? Optional.of(stored)
        : Optional.ofNullable(DefaultTemplates.ALL.get(identifier));
  }

  @Override
  public boolean isBuiltIn(String identifier) {
    return DefaultTemplates.ALL.containsKey(identifier) && !store.all().containsKey(identifier);
  }

  @Override
  public PodTemplate save(PodTemplate template, boolean replace) {
    Names.requireValidTemplateId(template.identifier());
    Names.requireValidAliasPattern(template.aliasPattern());
    GpuSpec.parse(template.gpuSpec());
    StorageSize.parseVolumeOrNone(template.storageSpec());
    template.containerDiskSpec().ifPresent(StorageSize::parseContainerDisk);
    template.config().keySet().forEach(Names::requireValidConfigKey);
    return store.update(
        templates -> {
          if (!replace && templates.containsKey(template.identifier())) {
            throw new AlreadyExistsException(
                "Template '"
                    + template.identifier()
                    + "' already exists. Use --force to replace it.");
          }
          templates.put(template.identifier(), template);
          return template;
        });
  }

  @Override
  public boolean delete(String identifier, boolean missingOk) {
    return store.update(
        templates -> {
          if (templates.remove(identifier) != null) {
            return true;
          }
          if (DefaultTemplates.ALL.containsKey(identifier)) {
            throw new InvalidInputException(
                "Template '"
                    + identifier
                    + "' is built in and cannot be deleted. Create a template with the same"
                    + " identifier to shadow it.");
          }
          if (missingOk) {
            return false;
          }
          throw new NotFoundLocallyException(
              "template", identifier, new ArrayList<>(templates.keySet()));
        });
  }
}

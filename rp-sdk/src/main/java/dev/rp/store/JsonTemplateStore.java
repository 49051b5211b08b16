package dev.rp.store;

import dev.rp.templates.PodTemplate;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.function.Function;

/** Template store in the {@code pod_templates} section of {@code pods.json}. */
final class JsonTemplateStore implements TemplateStore {

  private final JsonFileStore<Map<String, PodTemplate>> file;

  JsonTemplateStore(Path podsFile) {
    this.file = new JsonFileStore<>(podsFile, new TemplateCodec());
  }

  @Override
  public Map<String, PodTemplate> all() {
    return Collections.unmodifiableMap(file.read());
  }

  @Override
  public <T> T update(Function<Map<String, PodTemplate>, T> change) {
    return file.update(change);
  }

  @Override
  public String toString() {
    return "JsonTemplateStore[" + file.path() + "]";
  }
}

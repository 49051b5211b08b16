package dev.rp.store;

import dev.rp.templates.PodTemplate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Thread-safe template store in memory, for tests and JShell. */
final class InMemoryTemplateStore implements TemplateStore {

  private final InMemoryState<Map<String, PodTemplate>> state =
      new InMemoryState<>(new TreeMap<>(), TreeMap::new, StoreChecks::checkTemplates);

  @Override
  public Map<String, PodTemplate> all() {
    return Collections.unmodifiableMap(state.snapshot());
  }

  @Override
  public <T> T update(Function<Map<String, PodTemplate>, T> change) {
    return state.update(change);
  }

  @Override
  public String toString() {
    return "InMemoryTemplateStore";
  }
}

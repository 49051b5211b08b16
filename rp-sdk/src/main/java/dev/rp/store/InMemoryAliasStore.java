package dev.rp.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Thread-safe alias store in memory, for tests and JShell. */
final class InMemoryAliasStore implements AliasStore {

  private final InMemoryState<Map<String, PodAlias>> state =
      new InMemoryState<>(new TreeMap<>(), TreeMap::new, StoreChecks::checkAliases);

  @Override
  public Map<String, PodAlias> all() {
    return Collections.unmodifiableMap(state.snapshot());
  }

  @Override
  public <T> T update(Function<Map<String, PodAlias>, T> change) {
    return state.update(change);
  }

  @Override
  public String toString() {
    return "InMemoryAliasStore";
  }
}

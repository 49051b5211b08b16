package dev.rp.internal.core;

import dev.rp.store.AliasStore;
import dev.rp.store.PodAlias;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Alias store in which another writer changes the aliases just before the next update. */
final class RacingAliasStore implements AliasStore {
  private final AliasStore delegate;
  private Consumer<Map<String, PodAlias>> competingChange;

  RacingAliasStore(AliasStore delegate) {
    this.delegate = delegate;
  }

  void beforeNextUpdate(Consumer<Map<String, PodAlias>> change) {
    this.competingChange = change;
  }

  @Override
  public Map<String, PodAlias> all() {
    return delegate.all();
  }

  @Override
  public <T> T update(Function<Map<String, PodAlias>, T> change) {
    Consumer<Map<String, PodAlias>> competing = competingChange;
    competingChange = null;
    if (competing != null) {
      delegate.update(
          current -> {
            competing.accept(current);
            return null;
          });
    }
    return delegate.update(change);
  }
}

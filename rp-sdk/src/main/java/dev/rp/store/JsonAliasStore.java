package dev.rp.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.function.Function;

/** Alias store in the alias sections of {@code pods.json}, as {@link AliasCodec} describes. */
final class JsonAliasStore implements AliasStore {

  private final JsonFileStore<Map<String, PodAlias>> file;

  JsonAliasStore(Path podsFile) {
    this.file = new JsonFileStore<>(podsFile, new AliasCodec());
  }

  @Override
  public Map<String, PodAlias> all() {
    return Collections.unmodifiableMap(file.read());
  }

  @Override
  public <T> T update(Function<Map<String, PodAlias>, T> change) {
    return file.update(change);
  }

  @Override
  public String toString() {
    return "JsonAliasStore[" + file.path() + "]";
  }
}

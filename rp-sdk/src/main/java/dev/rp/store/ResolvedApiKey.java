package dev.rp.store;

import dev.rp.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * API key found by {@link ApiKeys#resolve}, with the source it came from. Its {@code toString}
 * shows the source only.
 */
@Value.Immutable
@ValueStyle
public interface ResolvedApiKey {

  /** Returns the key, trimmed of whitespace. */
  @Value.Redacted
  String key();

  /** Returns where the key came from, such as {@code environment variable RUNPOD_API_KEY}. */
  String source();

  /** Returns a resolved key for {@code key} from {@code source}. */
  static ResolvedApiKey of(String key, String source) {
    return builder().key(key).source(source).build();
  }

  /** Returns a builder of a resolved key. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ResolvedApiKey}. */
  final class Builder extends ImmutableResolvedApiKey.Builder {}
}

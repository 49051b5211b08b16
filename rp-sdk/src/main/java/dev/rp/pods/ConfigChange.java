package dev.rp.pods;

import dev.rp.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Change to one per-pod configuration key. */
@Value.Immutable
@ValueStyle
public interface ConfigChange {

  /** Returns the key, such as {@code path}. */
  String key();

  /** Returns the value before the change, absent when the key is new. */
  Optional<String> previous();

  /** Returns the value after the change, absent when the key was cleared. */
  Optional<String> value();

  /** Returns a change of {@code key} from {@code previous} to {@code value}, either may be null. */
  static ConfigChange of(String key, String previous, String value) {
    return builder()
        .key(key)
        .previous(Optional.ofNullable(previous))
        .value(Optional.ofNullable(value))
        .build();
  }

  /** Returns a builder of a change. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ConfigChange}. */
  final class Builder extends ImmutableConfigChange.Builder {}
}

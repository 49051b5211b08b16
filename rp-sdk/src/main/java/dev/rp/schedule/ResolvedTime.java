package dev.rp.schedule;

import dev.rp.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * Moment a user's {@code --at} or {@code --in} value stands for, with the warnings to print.
 *
 * <p>A warning says how the time was adjusted, such as a local time inside a daylight-saving gap
 * that was moved forward by the length of the gap.
 */
@Value.Immutable
@ValueStyle
public interface ResolvedTime {

  /** Returns the moment the value resolved to. */
  Instant when();

  /** Returns the adjustments made while resolving, as sentences; empty when there were none. */
  List<String> warnings();

  /** Returns a time without warnings. */
  static ResolvedTime of(Instant when) {
    return builder().when(when).build();
  }

  /** Returns a builder of a resolved time. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ResolvedTime}. */
  final class Builder extends ImmutableResolvedTime.Builder {}
}

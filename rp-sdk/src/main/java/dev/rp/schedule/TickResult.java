package dev.rp.schedule;

import dev.rp.internal.ValueStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** Result of one attempt at a due task during {@link Scheduler#tick()}. */
@Value.Immutable
@ValueStyle
public interface TickResult {

  /**
   * Returns the task as saved after the attempt: completed, failed, or pending for a retry. A task
   * cancelled while its stop ran keeps the status {@link TaskStatus#CANCELLED}.
   */
  ScheduledTask task();

  /** Returns how the pod was stopped, when the attempt succeeded. */
  Optional<StopOutcome> outcome();

  /** Returns why the attempt failed, when it did. */
  Optional<String> error();

  /**
   * Returns how long after the task's time the attempt started, which is large when the machine
   * slept or no runner was installed.
   */
  Duration lateness();

  /** Returns whether the task stays pending for another attempt at the next tick. */
  default boolean willRetry() {
    return task().status() == TaskStatus.PENDING;
  }

  /** Returns a builder of a result. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link TickResult}. */
  final class Builder extends ImmutableTickResult.Builder {}
}

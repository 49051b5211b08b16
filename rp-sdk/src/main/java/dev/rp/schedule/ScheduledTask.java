package dev.rp.schedule;

import dev.rp.internal.ValueStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Action planned for a pod at a given time, such as a stop in two hours.
 *
 * <p>The fields match the Python rp's {@code schedule.json}; {@link #podId()}, {@link #attempts()}
 * and {@link #claimedUntil()} are additions it ignores.
 */
@Value.Immutable
@ValueStyle
public interface ScheduledTask {

  /** Action name of a scheduled stop, the only action the Python rp defines. */
  String STOP = "stop";

  /** Returns the task's UUID. */
  String id();

  /** Returns the action, such as {@link #STOP}. */
  String action();

  /** Returns the alias the task was scheduled for. */
  String alias();

  /**
   * Returns the pod the task was scheduled for, so that the task acts on that pod even after its
   * alias is reused. Tasks written by the Python rp have none.
   */
  Optional<String> podId();

  /** Returns when the task is due. */
  Instant when();

  /** Returns the status. */
  TaskStatus status();

  /** Returns when the task was created. */
  Instant createdAt();

  /** Returns the error of the last attempt, if it failed. */
  Optional<String> lastError();

  /**
   * Returns until when a running tick has claimed the task, so that a second tick at the same
   * moment leaves it alone. A claim that has expired belongs to a tick that died.
   */
  Optional<Instant> claimedUntil();

  /** Returns how many times running the task has been tried. */
  @Value.Default
  default int attempts() {
    return 0;
  }

  /** Returns a builder of a task. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ScheduledTask}. */
  final class Builder extends ImmutableScheduledTask.Builder {}
}

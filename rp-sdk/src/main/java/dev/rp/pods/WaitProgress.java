package dev.rp.pods;

import dev.rp.internal.ValueStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** Snapshot of a wait for a pod's readiness, reported to a {@link WaitListener}. */
@Value.Immutable
@ValueStyle
public interface WaitProgress {

  /** Stage of the wait. */
  enum Phase {
    /** The pod is not yet running with a direct SSH endpoint. */
    WAITING_FOR_RUNNING,
    /** The pod runs with a direct SSH endpoint, but no SSH server has responded there yet. */
    WAITING_FOR_SSH,
    /** An SSH server responded on the pod's direct endpoint. */
    READY
  }

  /** Returns the pod waited for. */
  String podId();

  /** Returns the pod's status at the last check. */
  PodStatus status();

  /** Returns the time since the wait began. */
  Duration elapsed();

  /** Returns the stage of the wait. */
  Phase phase();

  /** Returns the direct SSH endpoint, once the API has published one. */
  Optional<SshEndpoint> endpoint();

  /** Returns a builder of a progress snapshot. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link WaitProgress}. */
  final class Builder extends ImmutableWaitProgress.Builder {}
}

package dev.rp.pods;

import dev.rp.gpu.Cloud;
import dev.rp.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** State of one RunPod pod, as the API last reported it. */
@Value.Immutable
@ValueStyle
public interface Pod {

  /** Returns RunPod's identifier of the pod, such as {@code 89qgenjznh5t2j}. */
  String id();

  /** Returns the pod's name. */
  String name();

  /** Returns the lifecycle status. */
  PodStatus status();

  /** Returns the status exactly as the API spelled it, which matters when it is unknown. */
  String statusText();

  /** Returns the actions that are valid now, such as {@code start} or {@code stop}. */
  List<String> actions();

  /** Returns the container image. */
  String image();

  /** Returns the GPU type identifier, absent for a CPU pod. */
  Optional<String> gpuTypeId();

  /** Returns the number of GPUs, zero for a CPU pod. */
  int gpuCount();

  /** Returns the cloud the pod runs in. */
  Optional<Cloud> cloud();

  /** Returns the cost while running, in US dollars per hour. */
  double costPerHour();

  /** Returns the container disk size in GB. */
  int containerDiskGb();

  /** Returns the persistent volume size in GB, zero without a volume. */
  int volumeGb();

  /** Returns the ports the pod exposes, such as {@code 22/tcp}. */
  List<String> ports();

  /** Returns the direct SSH endpoint, set only while the pod runs with {@code 22/tcp}. */
  Optional<SshEndpoint> directSsh();

  /** Returns RunPod's SSH proxy endpoint, which carries an interactive shell only. */
  Optional<SshEndpoint> proxySsh();

  /** Returns the published ports of a running pod. */
  List<RuntimePort> runtimePorts();

  /** Returns the data centre, when RunPod has placed the pod. */
  Optional<String> dataCenterId();

  /** Returns when the pod was created. */
  Optional<Instant> createdAt();

  /** Returns when the pod last started. */
  Optional<Instant> startedAt();

  /**
   * Returns the status in the Python rp's words: {@code running}, {@code stopped} for {@code
   * EXITED}, or the lower-case API status (such as {@code provisioning}) otherwise.
   */
  default String statusLabel() {
    switch (status()) {
      case RUNNING:
        return "running";
      case EXITED:
        return "stopped";
      case UNKNOWN:
        return statusText().toLowerCase(java.util.Locale.ROOT);
      default:
        return status().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Returns whether {@code action} is valid in the pod's current state. */
  default boolean allows(String action) {
    return actions().contains(action);
  }

  /** Returns a builder of a pod. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link Pod}. */
  final class Builder extends ImmutablePod.Builder {}
}

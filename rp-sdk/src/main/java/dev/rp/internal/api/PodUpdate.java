package dev.rp.internal.api;

import dev.rp.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Changes to a pod's settings sent by {@link RunPodApi#updatePod}. Internal; an absent value leaves
 * that setting unchanged.
 */
@Value.Immutable
@ValueStyle
public interface PodUpdate {

  /** Returns the new name. */
  Optional<String> name();

  /** Returns the new container image, used from the next start. */
  Optional<String> image();

  /** Returns the new container disk size in GB. */
  Optional<Integer> containerDiskGb();

  /** Returns the new exposed ports as {@code port/protocol}, replacing all current ones. */
  Optional<List<String>> ports();

  /** Returns the new environment variables, replacing all current ones. */
  Optional<Map<String, String>> env();

  /** Returns a builder of an update. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link PodUpdate}. */
  final class Builder extends ImmutablePodUpdate.Builder {}
}

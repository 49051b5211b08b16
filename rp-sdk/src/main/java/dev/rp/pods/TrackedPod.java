package dev.rp.pods;

import dev.rp.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Pod known by an alias, with its local configuration and its state on RunPod. */
@Value.Immutable
@ValueStyle
public interface TrackedPod {

  /** Returns the alias. */
  String alias();

  /** Returns RunPod's identifier of the pod. */
  String podId();

  /** Returns the per-pod configuration, such as {@code path}. */
  Map<String, String> config();

  /** Returns the pod as the API reported it, absent when the API answered 404 (invalid). */
  Optional<Pod> pod();

  /** Returns the exit code of {@code setup.sh}, when this call ran it. */
  Optional<Integer> setupExitCode();

  /** Returns whether the API no longer has the pod, which {@code clean} then removes. */
  default boolean invalid() {
    return pod().isEmpty();
  }

  /**
   * Returns the status in the Python rp's words: {@code running}, {@code stopped}, {@code invalid},
   * or the lower-case API status (such as {@code provisioning}) otherwise.
   */
  default String statusLabel() {
    return pod().map(Pod::statusLabel).orElse("invalid");
  }

  /** Returns the configured working folder on the pod, {@code /workspace} when none is set. */
  default String path() {
    return config().getOrDefault("path", "/workspace");
  }

  /** Returns a builder of a tracked pod. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link TrackedPod}. */
  final class Builder extends ImmutableTrackedPod.Builder {}
}

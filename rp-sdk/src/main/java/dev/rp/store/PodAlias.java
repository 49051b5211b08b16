package dev.rp.store;

import dev.rp.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;

/** Alias that tracks one pod, with that pod's local configuration such as {@code path}. */
@Value.Immutable
@ValueStyle
public interface PodAlias {

  /** Returns the alias, which is also the SSH host name. */
  String alias();

  /** Returns the RunPod identifier of the pod. */
  String podId();

  /** Returns the per-pod configuration, such as {@code path=/workspace/project}. */
  Map<String, String> config();

  /** Returns an alias for {@code podId} with no configuration. */
  static PodAlias of(String alias, String podId) {
    return builder().alias(alias).podId(podId).build();
  }

  /** Returns a builder of an alias. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link PodAlias}. */
  final class Builder extends ImmutablePodAlias.Builder {}
}

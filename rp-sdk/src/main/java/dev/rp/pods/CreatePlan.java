package dev.rp.pods;

import dev.rp.gpu.Cloud;
import dev.rp.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Everything a pod creation resolved, before it creates anything. */
@Value.Immutable
@ValueStyle
public interface CreatePlan {

  /** Returns the alias, which is also the pod's name. */
  String alias();

  /** Returns the template the values came from, if any. */
  Optional<String> templateId();

  /** Returns the GPU type identifier as the catalog spells it. */
  String gpuTypeId();

  /** Returns the GPU type's display name, such as {@code H100 SXM}. */
  String gpuName();

  /** Returns the number of GPUs. */
  int gpuCount();

  /** Returns the memory of one GPU in GB. */
  int gpuMemoryGb();

  /** Returns the cloud. */
  Cloud cloud();

  /** Returns the hourly price of the whole pod in US dollars, from the catalog. */
  double pricePerHour();

  /** Returns why this GPU type was chosen among the catalog's matches. */
  String gpuReason();

  /** Returns the persistent volume size in GB, zero for none. */
  int volumeGb();

  /** Returns the container disk size in GB. */
  int containerDiskGb();

  /** Returns the container image. */
  String image();

  /** Returns the ports the pod exposes. */
  List<String> ports();

  /** Returns the per-pod configuration the alias gets. */
  Map<String, String> config();

  /** Returns the pod the alias tracked before, which a replacing creation leaves running. */
  Optional<String> replacedPodId();

  /** Returns whether the public key of rp's identity file is among the account's SSH keys. */
  boolean sshKeyRegistered();

  /** Returns a builder of a plan. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link CreatePlan}. */
  final class Builder extends ImmutableCreatePlan.Builder {}
}

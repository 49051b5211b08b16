package dev.rp.gpu;

import dev.rp.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** GPU type offered by RunPod's catalog. */
@Value.Immutable
@ValueStyle
public interface GpuType {

  /** Returns the identifier that create requests take, such as {@code NVIDIA H100 80GB HBM3}. */
  String id();

  /** Returns the display name, such as {@code H100 SXM}. */
  String name();

  /** Returns the memory of one GPU in GB. */
  int memoryGb();

  /** Returns whether the secure cloud offers this type. */
  boolean secure();

  /** Returns whether the community cloud offers this type. */
  boolean community();

  /** Returns the hourly price of one GPU in the secure cloud, in US dollars. */
  double securePrice();

  /** Returns the hourly price of one GPU in the community cloud, in US dollars. */
  double communityPrice();

  /** Returns the maximum GPU count of one pod in the secure cloud. */
  int secureMaxCount();

  /** Returns the maximum GPU count of one pod in the community cloud. */
  int communityMaxCount();

  /** Returns the current availability level, such as {@code HIGH}, when the catalog states it. */
  Optional<String> availability();

  /** Returns whether {@code cloud} offers this type. */
  default boolean offeredIn(Cloud cloud) {
    return cloud == Cloud.SECURE ? secure() : community();
  }

  /** Returns the hourly price of one GPU in {@code cloud}, in US dollars. */
  default double price(Cloud cloud) {
    return cloud == Cloud.SECURE ? securePrice() : communityPrice();
  }

  /** Returns the maximum GPU count of one pod in {@code cloud}. */
  default int maxCount(Cloud cloud) {
    return cloud == Cloud.SECURE ? secureMaxCount() : communityMaxCount();
  }

  /** Returns a builder of a GPU type. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link GpuType}. */
  final class Builder extends ImmutableGpuType.Builder {}
}

package dev.rp.gpu;

import dev.rp.internal.ValueStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** GPU type, count and cloud that {@link GpuCatalog#choose} picked for a pod. */
@Value.Immutable
@ValueStyle
public interface GpuChoice {

  /** Returns the chosen catalog entry. */
  GpuType gpuType();

  /** Returns the number of GPUs of the pod. */
  int count();

  /** Returns the cloud the pod runs in. */
  Cloud cloud();

  /**
   * Returns a short explanation of the choice, such as {@code H100 matched 3 types; chose H100 NVL
   * (94 GB, the most memory)}.
   */
  String reason();

  /** Returns the id that create requests take, spelled as the catalog spells it. */
  default String gpuTypeId() {
    return gpuType().id();
  }

  /** Returns the list price of the whole pod's GPUs per hour in US dollars: price × count. */
  @Value.Derived
  default double hourlyPrice() {
    // Decimal multiplication keeps 2.39 × 5 at 11.95 instead of 11.950000000000001.
    return BigDecimal.valueOf(gpuType().price(cloud()))
        .multiply(BigDecimal.valueOf(count()))
        .doubleValue();
  }

  /** Returns a builder of a GPU choice. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link GpuChoice}. */
  final class Builder extends ImmutableGpuChoice.Builder {}
}

package dev.rp.internal.api;

/**
 * Wire form of a GPU type in RunPod's catalog. Internal; every field may be null.
 *
 * @param memory the memory of one GPU in GB
 * @param availability the stock level, present only when the catalog was asked for it
 */
public record GpuTypeJson(
    String id,
    String name,
    Integer memory,
    Boolean secure,
    Boolean community,
    PerCloud<Double> price,
    PerCloud<Integer> maxCount,
    String availability) {

  /** Figures quoted separately for the secure and the community cloud. */
  public record PerCloud<T>(T secure, T community) {}
}

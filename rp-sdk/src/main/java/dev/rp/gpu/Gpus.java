package dev.rp.gpu;

import java.util.List;

/** RunPod's GPU catalog. Each method sends one API request. */
public interface Gpus {

  /** Returns every GPU type in the catalog. */
  List<GpuType> list();

  /** Returns the catalog, for resolving several specs against one snapshot. */
  GpuCatalog catalog();

  /**
   * Resolves {@code spec}, such as {@code 2xA100}, to a GPU type offered in {@code cloud}.
   *
   * @throws dev.rp.InvalidInputException when the spec is invalid, matches nothing, or the type is
   *     not offered in {@code cloud} with that count
   */
  GpuChoice choose(String spec, Cloud cloud);
}

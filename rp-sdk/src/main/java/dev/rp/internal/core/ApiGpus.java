package dev.rp.internal.core;

import dev.rp.gpu.Cloud;
import dev.rp.gpu.GpuCatalog;
import dev.rp.gpu.GpuChoice;
import dev.rp.gpu.GpuSpec;
import dev.rp.gpu.GpuType;
import dev.rp.gpu.Gpus;
import java.util.List;

/** {@link Gpus} over the API's catalog endpoint. */
public final class ApiGpus implements Gpus {
  private final RpContext context;

  /** Creates the catalog of {@code context}. */
  public ApiGpus(RpContext context) {
    this.context = context;
  }

  @Override
  public List<GpuType> list() {
    return context.api().listGpuTypes();
  }

  @Override
  public GpuCatalog catalog() {
    return GpuCatalog.of(list());
  }

  @Override
  public GpuChoice choose(String spec, Cloud cloud) {
    GpuSpec parsed = GpuSpec.parse(spec);
    return catalog().choose(parsed, cloud);
  }
}

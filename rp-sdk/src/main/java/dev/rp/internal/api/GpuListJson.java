package dev.rp.internal.api;

import java.util.List;

/** Wire form of {@code GET /v2/catalog/gpus}. Internal. */
public record GpuListJson(List<GpuTypeJson> gpus) {}

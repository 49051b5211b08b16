package dev.rp.internal.api;

import java.util.List;

/** Wire form of {@code GET /v2/pods}. Internal. */
public record PodListJson(List<PodJson> pods) {}

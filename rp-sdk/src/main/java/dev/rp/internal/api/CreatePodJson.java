package dev.rp.internal.api;

import java.util.List;
import java.util.Map;

/**
 * Wire form of {@code POST /v2/pods}. Internal.
 *
 * <p>The contract rejects any field it does not list, so this record has only fields of its {@code
 * CreatePodRequest} schema. Moshi leaves null fields out of the body.
 *
 * @param disk the container disk size in GB
 */
public record CreatePodJson(
    String name,
    String image,
    PodJson.Gpu gpu,
    String cloud,
    Integer disk,
    PodJson.Mounts mounts,
    List<String> ports,
    Map<String, String> env,
    Boolean startSsh,
    List<String> dataCenterIds) {}

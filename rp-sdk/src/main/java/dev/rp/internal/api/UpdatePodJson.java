package dev.rp.internal.api;

import java.util.List;
import java.util.Map;

/**
 * Wire form of {@code PATCH /v2/pods/{id}}. Internal; a null field is left out of the body and
 * leaves that setting unchanged.
 *
 * @param disk the container disk size in GB
 * @param env the environment variables, which replace all of the pod's variables
 */
public record UpdatePodJson(
    String name, String image, Integer disk, List<String> ports, Map<String, String> env) {}

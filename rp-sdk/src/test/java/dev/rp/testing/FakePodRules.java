package dev.rp.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules the fake RunPod applies to create and update bodies that already conform to the
 * contract's schemas, and the copying of their members onto a pod. A broken rule is a {@link
 * FakeProblem}, 400 unless stated otherwise.
 */
final class FakePodRules {

  private FakePodRules() {}

  /**
   * Checks a create body's cross-field rules and its GPU against the catalog.
   *
   * @return the body's {@code gpu} member
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> checkCreate(FakeCatalog catalog, Map<String, Object> body) {
    if (body.containsKey("templateId")) {
      throw templateNotFound(body.get("templateId"));
    }
    Map<String, Object> gpu = checkGpu(catalog, body);
    if (gpu.containsKey("minCudaVersion")
        && !((List<Object>) gpu.getOrDefault("allowedCudaVersions", List.of())).isEmpty()) {
      throw new FakeProblem(
          400, "gpu.allowedCudaVersions and gpu.minCudaVersion are mutually exclusive: send one");
    }
    Map<String, Object> mounts = (Map<String, Object>) body.getOrDefault("mounts", Map.of());
    if (mounts.containsKey("persistent") && mounts.containsKey("network")) {
      throw new FakeProblem(
          400, "mounts.persistent and mounts.network are mutually exclusive: send one");
    }
    return gpu;
  }

  /** Checks the GPU type, cloud and count against the catalog and returns the gpu member. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> checkGpu(FakeCatalog catalog, Map<String, Object> body) {
    if (body.containsKey("cpu")) {
      // NOTE: the fake serves no CPU catalog, so it rejects CPU pods that RunPod would accept.
      throw new FakeProblem(400, "The fake RunPod creates GPU pods only: send gpu, not cpu");
    }
    Map<String, Object> gpu = (Map<String, Object>) body.get("gpu");
    if (gpu == null) {
      throw new FakeProblem(400, "Exactly one of gpu or cpu must be set");
    }
    String gpuId = (String) gpu.get("id");
    String cloud = (String) body.getOrDefault("cloud", "SECURE");
    int count = ((Number) gpu.getOrDefault("count", 1L)).intValue();
    Map<String, Object> type =
        catalog
            .find(gpuId)
            .orElseThrow(
                () ->
                    new FakeProblem(
                        400,
                        "There is no GPU type '"
                            + gpuId
                            + "'. GET /v2/catalog/gpus lists the valid ids"));
    if (!FakeCatalog.offeredIn(type, cloud)) {
      throw new FakeProblem(
          400, "GPU type '" + gpuId + "' is not offered in the " + cloud + " cloud");
    }
    int maxCount = FakeCatalog.maxCount(type, cloud);
    if (count > maxCount) {
      throw new FakeProblem(
          400,
          "gpu.count "
              + count
              + " exceeds the maximum of "
              + maxCount
              + " for '"
              + gpuId
              + "' in the "
              + cloud
              + " cloud");
    }
    return gpu;
  }

  /** Checks an update body's rules against the pod it changes. */
  @SuppressWarnings("unchecked")
  static void checkUpdate(FakePodState pod, Map<String, Object> body) {
    if (body.containsKey("templateId")) {
      throw templateNotFound(body.get("templateId"));
    }
    if (body.containsKey("mounts")) {
      checkMountUpdate(pod.mounts, (Map<String, Object>) body.get("mounts"));
    }
  }

  /** Copies a create body onto a new pod, with the defaults RunPod fills in. */
  @SuppressWarnings("unchecked")
  static void applyCreate(FakeCatalog catalog, FakePodState pod, Map<String, Object> body) {
    applyContainerSettings(pod, body);
    Map<String, Object> gpu = (Map<String, Object>) body.get("gpu");
    pod.gpuId = (String) gpu.get("id");
    pod.gpuCount = ((Number) gpu.getOrDefault("count", 1L)).intValue();
    pod.cloud = (String) body.getOrDefault("cloud", "SECURE");
    pod.gpuPrice = FakeCatalog.price(catalog.find(pod.gpuId).orElseThrow(), pod.cloud);
    List<Object> dataCenters = (List<Object>) body.getOrDefault("dataCenterIds", List.of());
    if (!dataCenters.isEmpty()) {
      pod.dataCenterId = (String) dataCenters.get(0);
    }
    List<Object> cudaVersions = (List<Object>) gpu.getOrDefault("allowedCudaVersions", List.of());
    if (!cudaVersions.isEmpty()) {
      pod.cudaVersion = (String) cudaVersions.get(0);
    } else if (gpu.containsKey("minCudaVersion")) {
      pod.cudaVersion = (String) gpu.get("minCudaVersion");
    }
    pod.globalNetworking = Boolean.TRUE.equals(body.get("globalNetworking"));
  }

  /** Copies an update body onto a pod, leaving absent members as they are. */
  static void applyUpdate(FakePodState pod, Map<String, Object> body) {
    applyContainerSettings(pod, body);
    if (body.containsKey("locked")) {
      pod.locked = (Boolean) body.get("locked");
    }
    if (body.containsKey("globalNetworking")) {
      pod.globalNetworking = (Boolean) body.get("globalNetworking");
    }
  }

  /** Copies the members that create and update share, leaving absent ones as they are. */
  @SuppressWarnings("unchecked")
  private static void applyContainerSettings(FakePodState pod, Map<String, Object> body) {
    if (body.containsKey("name")) {
      pod.name = (String) body.get("name");
    }
    if (body.containsKey("image")) {
      pod.image = (String) body.get("image");
    }
    if (body.containsKey("args")) {
      pod.args = (String) body.get("args");
    }
    if (body.containsKey("disk")) {
      pod.disk = ((Number) body.get("disk")).intValue();
    }
    if (body.containsKey("ports")) {
      pod.ports = new ArrayList<>((List<String>) body.get("ports"));
    }
    if (body.containsKey("env")) {
      pod.env = new LinkedHashMap<>((Map<String, Object>) body.get("env"));
    }
    if (body.containsKey("registry")) {
      pod.registry = (String) body.get("registry");
    }
    // An empty mounts object leaves the mounts unchanged, as the contract's PATCH rules say.
    Map<String, Object> mounts = (Map<String, Object>) body.get("mounts");
    if (mounts != null && !mounts.isEmpty()) {
      pod.mounts = new LinkedHashMap<>(mounts);
    }
  }

  /** Applies the contract's PATCH rules for mounts: the kind and the volume id are fixed. */
  @SuppressWarnings("unchecked")
  private static void checkMountUpdate(Map<String, Object> current, Map<String, Object> update) {
    for (String kind : update.keySet()) {
      if (!current.containsKey(kind)) {
        throw new FakeProblem(
            400, "mounts." + kind + " cannot be added because the mount kind is fixed at create");
      }
    }
    if (update.containsKey("network")) {
      List<Object> network = (List<Object>) update.get("network");
      if (network.isEmpty()) {
        throw new FakeProblem(
            400, "mounts.network cannot be empty because clearing mounts is not supported");
      }
      Object currentVolume =
          ((Map<String, Object>) ((List<Object>) current.get("network")).get(0)).get("volumeId");
      Object newVolume = ((Map<String, Object>) network.get(0)).get("volumeId");
      if (!currentVolume.equals(newVolume)) {
        throw new FakeProblem(
            400,
            "mounts.network[0].volumeId cannot change from " + currentVolume + " to " + newVolume);
      }
    }
  }

  private static FakeProblem templateNotFound(Object templateId) {
    // The fake keeps no RunPod templates, so every template id is unknown to it.
    return new FakeProblem(404, "Template '" + templateId + "' not found");
  }
}

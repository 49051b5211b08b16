package dev.rp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The GPU catalog the fake RunPod serves and checks creates against. */
final class FakeCatalog {

  /** Class path location of the default catalog, a realistic {@code GET /v2/catalog/gpus}. */
  static final String DEFAULT_RESOURCE = "catalog/gpus.json";

  private final List<Map<String, Object>> gpus;

  @SuppressWarnings("unchecked")
  private FakeCatalog(String listGpuTypesResponse) {
    this.gpus = (List<Map<String, Object>>) FakeJson.readObject(listGpuTypesResponse).get("gpus");
  }

  /** Returns the catalog of {@code catalog/gpus.json} on the class path. */
  static FakeCatalog loadDefault() {
    try (InputStream in =
        FakeCatalog.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            DEFAULT_RESOURCE + " is missing from the class path: depend on rp-sdk's test-jar");
      }
      return new FakeCatalog(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /**
   * Parses a {@code ListGpuTypesResponse} body.
   *
   * @throws IllegalArgumentException if the body does not conform to the contract
   */
  static FakeCatalog parse(String listGpuTypesResponse) {
    List<String> errors =
        ContractValidator.create().validate("ListGpuTypesResponse", listGpuTypesResponse);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "The catalog is not a valid ListGpuTypesResponse: " + String.join("; ", errors));
    }
    return new FakeCatalog(listGpuTypesResponse);
  }

  Optional<Map<String, Object>> find(String gpuId) {
    return gpus.stream().filter(gpu -> gpuId.equals(gpu.get("id"))).findFirst();
  }

  /** Returns whether the GPU type is offered in the cloud, {@code SECURE} or {@code COMMUNITY}. */
  static boolean offeredIn(Map<String, Object> gpu, String cloud) {
    return Boolean.TRUE.equals(gpu.get(cloudKey(cloud)));
  }

  static int maxCount(Map<String, Object> gpu, String cloud) {
    return ((Number) perCloud(gpu, "maxCount").get(cloudKey(cloud))).intValue();
  }

  /** Returns the list price in USD per hour of one GPU of this type in the cloud. */
  static double price(Map<String, Object> gpu, String cloud) {
    return ((Number) perCloud(gpu, "price").get(cloudKey(cloud))).doubleValue();
  }

  String listJson() {
    return FakeJson.write(Map.of("gpus", gpus));
  }

  static String gpuJson(Map<String, Object> gpu) {
    return FakeJson.write(gpu);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> perCloud(Map<String, Object> gpu, String field) {
    return (Map<String, Object>) gpu.get(field);
  }

  private static String cloudKey(String cloud) {
    return "COMMUNITY".equals(cloud) ? "community" : "secure";
  }
}

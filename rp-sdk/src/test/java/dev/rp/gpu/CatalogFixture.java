package dev.rp.gpu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GPU types of {@code catalog/gpus.json}, a realistic GET /v2/catalog/gpus response body. */
final class CatalogFixture {

  private CatalogFixture() {}

  /** Returns the fixture's GPU types in file order. */
  static List<GpuType> gpuTypes() {
    JsonAdapter<Map<String, List<Map<String, Object>>>> adapter =
        new Moshi.Builder()
            .build()
            .adapter(
                Types.newParameterizedType(
                    Map.class,
                    String.class,
                    Types.newParameterizedType(
                        List.class,
                        Types.newParameterizedType(Map.class, String.class, Object.class))));
    try (InputStream in = CatalogFixture.class.getResourceAsStream("/catalog/gpus.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return adapter.fromJson(json).get("gpus").stream().map(CatalogFixture::gpuType).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a catalog of the fixture's GPU types. */
  static GpuCatalog catalog() {
    return GpuCatalog.of(gpuTypes());
  }

  /**
   * Returns a type that both clouds offer, with the community price at half the secure price and a
   * per-pod maximum of 8 in secure and 4 in community.
   */
  static GpuType gpuType(String id, String name, int memoryGb, double securePrice) {
    return GpuType.builder()
        .id(id)
        .name(name)
        .memoryGb(memoryGb)
        .secure(true)
        .community(true)
        .securePrice(securePrice)
        .communityPrice(securePrice / 2)
        .secureMaxCount(8)
        .communityMaxCount(4)
        .build();
  }

  @SuppressWarnings("unchecked")
  private static GpuType gpuType(Map<String, Object> json) {
    Map<String, Object> price = (Map<String, Object>) json.get("price");
    Map<String, Object> maxCount = (Map<String, Object>) json.get("maxCount");
    return GpuType.builder()
        .id((String) json.get("id"))
        .name((String) json.get("name"))
        .memoryGb(((Number) json.get("memory")).intValue())
        .secure((Boolean) json.get("secure"))
        .community((Boolean) json.get("community"))
        .securePrice(((Number) price.get("secure")).doubleValue())
        .communityPrice(((Number) price.get("community")).doubleValue())
        .secureMaxCount(((Number) maxCount.get("secure")).intValue())
        .communityMaxCount(((Number) maxCount.get("community")).intValue())
        .availability(Optional.ofNullable((String) json.get("availability")))
        .build();
  }
}

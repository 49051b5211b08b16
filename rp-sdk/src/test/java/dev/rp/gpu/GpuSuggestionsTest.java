package dev.rp.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GpuSuggestionsTest {

  @Test
  void editDistance_countsEdits() {
    assertThat(GpuSuggestions.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(GpuSuggestions.editDistance("", "abc")).isEqualTo(3);
    assertThat(GpuSuggestions.editDistance("abc", "")).isEqualTo(3);
    assertThat(GpuSuggestions.editDistance("b300", "h200")).isEqualTo(2);
    assertThat(GpuSuggestions.editDistance("l40s", "l40s")).isZero();
  }

  @Test
  void closest_typo_putsNearestNameFirst() {
    List<String> closest = GpuSuggestions.closest("RTX4091", CatalogFixture.gpuTypes(), 5);

    assertThat(closest).hasSize(5).startsWith("RTX 4090");
  }

  @Test
  void closest_sharedToken_beatsEditDistance() {
    List<String> closest = GpuSuggestions.closest("A100-QQQ", CatalogFixture.gpuTypes(), 3);

    assertThat(closest).hasSize(3).startsWith("A100 SXM", "A100 PCIe");
  }

  @Test
  void closest_limit_capsCount() {
    assertThat(GpuSuggestions.closest("B300", CatalogFixture.gpuTypes(), 2)).hasSize(2);
    assertThat(GpuSuggestions.closest("B300", List.of(), 5)).isEmpty();
  }
}

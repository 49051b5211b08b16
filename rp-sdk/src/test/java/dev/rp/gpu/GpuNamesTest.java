package dev.rp.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GpuNamesTest {

  private static GpuType type(String id, String name) {
    return CatalogFixture.gpuType(id, name, 24, 1.0);
  }

  @Test
  void tokens_splitAtSpacesHyphensUnderscores() {
    assertThat(GpuNames.tokens("NVIDIA A100-SXM4-80GB"))
        .containsExactly("nvidia", "a100", "sxm4", "80gb");
    assertThat(GpuNames.tokens(" a__b  -c ")).containsExactly("a", "b", "c");
    assertThat(GpuNames.tokens("--")).isEmpty();
  }

  @Test
  void compactForms_dropLeadingVendorWords() {
    assertThat(GpuNames.compactForms("NVIDIA GeForce RTX 4090"))
        .containsExactlyInAnyOrder("nvidiageforcertx4090", "geforcertx4090", "rtx4090");
    assertThat(GpuNames.compactForms("Tesla V100-PCIE-16GB"))
        .containsExactlyInAnyOrder("teslav100pcie16gb", "v100pcie16gb");
  }

  @Test
  void compactForms_keepVendorWordInMiddle() {
    assertThat(GpuNames.compactForms("RTX NVIDIA 4090")).containsExactly("rtxnvidia4090");
  }

  @Test
  void compactForms_neverDropLastToken() {
    assertThat(GpuNames.compactForms("NVIDIA AMD")).containsExactlyInAnyOrder("nvidiaamd", "amd");
  }

  @Test
  void matches_requiresWholeTokens() {
    GpuType l40 = type("NVIDIA L40", "L40");

    assertThat(GpuNames.matches("L4", l40)).isFalse();
    assertThat(GpuNames.matches("L40", l40)).isTrue();
    assertThat(GpuNames.matches("l40", l40)).isTrue();
  }

  @Test
  void matches_compactFormOnlyForOneToken() {
    GpuType rtx = type("NVIDIA GeForce RTX 4090", "RTX 4090");

    assertThat(GpuNames.matches("RTX4090", rtx)).isTrue();
    assertThat(GpuNames.matches("GEFORCERTX4090", rtx)).isTrue();
    assertThat(GpuNames.matches("RTX4090 24GB", rtx)).isFalse();
    assertThat(GpuNames.matches("NVIDIA RTX4090", rtx)).isFalse();
  }

  @Test
  void isExact_comparesIdAndNameIgnoringCase() {
    GpuType a40 = type("NVIDIA A40", "A40");

    assertThat(GpuNames.isExact("nvidia a40", a40)).isTrue();
    assertThat(GpuNames.isExact("A40", a40)).isTrue();
    assertThat(GpuNames.isExact("NVIDIA-A40", a40)).isFalse();
  }
}

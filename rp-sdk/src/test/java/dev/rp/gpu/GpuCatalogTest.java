package dev.rp.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.rp.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpuCatalogTest {

  private final GpuCatalog catalog = CatalogFixture.catalog();

  @Nested
  @DisplayName("choose resolves a model to one catalog id")
  class Resolution {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "H100-SXM      | NVIDIA H100 80GB HBM3",
          "h100-pcie     | NVIDIA H100 PCIe",
          "H100          | NVIDIA H100 NVL",
          "H100-NVL      | NVIDIA H100 NVL",
          "A100-SXM      | NVIDIA A100-SXM4-80GB",
          "A100-PCIE     | NVIDIA A100 80GB PCIe",
          "RTX4090       | NVIDIA GeForce RTX 4090",
          "4090          | NVIDIA GeForce RTX 4090",
          "rtx-4090      | NVIDIA GeForce RTX 4090",
          "GeForceRTX4090 | NVIDIA GeForce RTX 4090",
          "L4            | NVIDIA L4",
          "L40           | NVIDIA L40",
          "L40S          | NVIDIA L40S",
          "A40           | NVIDIA A40",
          "NVIDIA A40    | NVIDIA A40",
          "nvidia a40    | NVIDIA A40",
          "RTX 6000 Ada  | NVIDIA RTX 6000 Ada Generation",
          "RTX6000Ada    | NVIDIA RTX 6000 Ada Generation",
          "H100PCIE      | NVIDIA H100 PCIe",
          "H100 SXM 80GB | NVIDIA H100 80GB HBM3",
          "V100          | Tesla V100-SXM2-32GB",
          "V100-SXM2     | Tesla V100-SXM2-32GB",
          "MI300X        | AMD Instinct MI300X OAM",
          "H200          | NVIDIA H200",
        })
    void choose_model_resolvesToCatalogId(String model, String expectedId) {
      GpuChoice choice = catalog.choose(GpuSpec.parse(model));

      assertThat(choice.gpuTypeId()).isEqualTo(expectedId);
    }

    @Test
    void choose_l4_neverPicksL40OrL40s() {
      assertThat(catalog.matches(GpuSpec.parse("L4")))
          .extracting(GpuType::id)
          .containsExactly("NVIDIA L4");
    }

    @Test
    void choose_l40_excludesL40s() {
      assertThat(catalog.matches(GpuSpec.parse("L40")))
          .extracting(GpuType::id)
          .containsExactly("NVIDIA L40");
    }

    @Test
    void choose_count_isKeptAndPriced() {
      GpuChoice choice = catalog.choose(GpuSpec.parse("2xA100"), Cloud.SECURE);

      assertThat(choice.count()).isEqualTo(2);
      assertThat(choice.cloud()).isEqualTo(Cloud.SECURE);
      assertThat(choice.gpuTypeId()).isEqualTo("NVIDIA A100-SXM4-80GB");
      assertThat(choice.hourlyPrice()).isCloseTo(2 * 1.74, offset(1e-9));
    }

    @Test
    void choose_defaultCloud_isSecure() {
      assertThat(catalog.choose(GpuSpec.parse("A40")).cloud()).isEqualTo(Cloud.SECURE);
    }

    @Test
    void choose_community_usesCommunityPrice() {
      GpuChoice choice = catalog.choose(GpuSpec.parse("3xRTX3090"), Cloud.COMMUNITY);

      assertThat(choice.gpuTypeId()).isEqualTo("NVIDIA GeForce RTX 3090");
      assertThat(choice.hourlyPrice()).isCloseTo(3 * 0.22, offset(1e-9));
    }

    @Test
    void matches_family_listsVariantsInResolutionOrder() {
      assertThat(catalog.matches(GpuSpec.parse("H100")))
          .extracting(GpuType::id)
          .containsExactly("NVIDIA H100 NVL", "NVIDIA H100 80GB HBM3", "NVIDIA H100 PCIe");
    }

    @Test
    void matches_variant_matchesOnlyItself() {
      assertThat(catalog.matches(GpuSpec.parse("H100-SXM")))
          .extracting(GpuType::id)
          .containsExactly("NVIDIA H100 80GB HBM3");
      assertThat(catalog.matches(GpuSpec.parse("H100-PCIE")))
          .extracting(GpuType::id)
          .containsExactly("NVIDIA H100 PCIe");
    }

    @Test
    void matches_partialToken_matchesNothing() {
      assertThat(catalog.matches(GpuSpec.parse("H10"))).isEmpty();
      assertThat(catalog.matches(GpuSpec.parse("RTX40"))).isEmpty();
      assertThat(catalog.matches(GpuSpec.parse("SXM4-80"))).isEmpty();
    }

    @Test
    void matches_tokensFromIdAndName_matchTogether() {
      // "A100" and "SXM4" come from the id, "SXM" only from the name A100 SXM.
      assertThat(catalog.matches(GpuSpec.parse("A100 SXM SXM4")))
          .extracting(GpuType::id)
          .containsExactly("NVIDIA A100-SXM4-80GB");
    }

    @Test
    void choose_returnsIdAsCatalogSpellsIt() {
      assertThat(catalog.choose(GpuSpec.parse("nvidia h100 pcie")).gpuTypeId())
          .isEqualTo("NVIDIA H100 PCIe");
    }
  }

  @Test
  void choose_hourlyPrice_isExactDecimalProduct() {
    GpuChoice choice = catalog.choose(GpuSpec.parse("5xH100-PCIE"), Cloud.SECURE);

    assertThat(choice.hourlyPrice()).isEqualTo(11.95);
  }

  @Nested
  @DisplayName("an exact id or name wins outright")
  class ExactMatch {

    private final GpuCatalog catalog =
        GpuCatalog.of(
            List.of(
                CatalogFixture.gpuType("NVIDIA A40", "A40", 48, 0.40),
                CatalogFixture.gpuType("NVIDIA A40 96GB", "A40 Max", 96, 0.90),
                CatalogFixture.gpuType("Vendor X1", "RTX 6000 Ada", 24, 0.10),
                CatalogFixture.gpuType("Vendor RTX 6000 Ada Pro", "RTX 6000 Ada Pro", 96, 2.00)));

    @Test
    void choose_exactId_beatsMoreMemory() {
      GpuChoice choice = catalog.choose(GpuSpec.parse("NVIDIA A40"));

      assertThat(choice.gpuTypeId()).isEqualTo("NVIDIA A40");
      assertThat(choice.reason()).isEqualTo("NVIDIA A40 is the exact id of A40");
    }

    @Test
    void choose_exactName_beatsMoreMemory() {
      GpuChoice choice = catalog.choose(GpuSpec.parse("rtx 6000 ada"));

      assertThat(choice.gpuTypeId()).isEqualTo("Vendor X1");
      assertThat(choice.reason()).isEqualTo("RTX 6000 ADA is the exact name of Vendor X1");
    }

    @Test
    void matches_exactName_returnsOnlyThatType() {
      assertThat(catalog.matches(GpuSpec.parse("A40")))
          .extracting(GpuType::id)
          .containsExactly("NVIDIA A40");
    }

    @Test
    void matches_tokenMatch_stillFindsFamily() {
      assertThat(catalog.matches(GpuSpec.parse("A40-96GB")))
          .extracting(GpuType::id)
          .containsExactly("NVIDIA A40 96GB");
    }
  }

  @Nested
  @DisplayName("ties break by memory, then secure price, then id")
  class TieBreaking {

    @Test
    void choose_sameMemory_prefersHigherSecurePrice() {
      GpuCatalog catalog =
          GpuCatalog.of(
              List.of(
                  CatalogFixture.gpuType("Z2 PCIe", "Z2 PCIe", 80, 1.0),
                  CatalogFixture.gpuType("Z2 SXM", "Z2 SXM", 80, 2.0)));

      GpuChoice choice = catalog.choose(GpuSpec.parse("Z2"));

      assertThat(choice.gpuTypeId()).isEqualTo("Z2 SXM");
      assertThat(choice.reason())
          .isEqualTo(
              "Z2 matched 2 types; chose Z2 SXM (80 GB like Z2 PCIe, the higher secure price at"
                  + " $2.00/h)");
    }

    @Test
    void choose_sameMemoryAndPrice_prefersSmallerId() {
      List<GpuType> types =
          List.of(
              CatalogFixture.gpuType("Z3 b", "Z3 B", 80, 1.0),
              CatalogFixture.gpuType("Z3 a", "Z3 A", 80, 1.0));

      GpuChoice forward = GpuCatalog.of(types).choose(GpuSpec.parse("Z3"));
      GpuChoice reversed =
          GpuCatalog.of(List.of(types.get(1), types.get(0))).choose(GpuSpec.parse("Z3"));

      assertThat(forward.gpuTypeId()).isEqualTo("Z3 a");
      assertThat(reversed.gpuTypeId()).isEqualTo("Z3 a");
      assertThat(forward.reason())
          .isEqualTo(
              "Z3 matched 2 types; chose Z3 A (80 GB and the same secure price as Z3 B, the"
                  + " first id alphabetically)");
    }

    @Test
    void choose_family_explainsMostMemory() {
      GpuChoice choice = catalog.choose(GpuSpec.parse("H100"));

      assertThat(choice.reason())
          .isEqualTo("H100 matched 3 types; chose H100 NVL (94 GB, the most memory)");
    }

    @Test
    void choose_singleMatch_saysOnly() {
      assertThat(catalog.choose(GpuSpec.parse("H100-SXM")).reason())
          .isEqualTo("H100-SXM matched only H100 SXM");
    }
  }

  @Nested
  @DisplayName("choose checks the cloud and the per-pod maximum")
  class CloudAndCount {

    @Test
    void choose_communityOnlyTypeInSecure_namesCommunity() {
      assertThatThrownBy(() -> catalog.choose(GpuSpec.parse("RTX3090"), Cloud.SECURE))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "GPU model 'RTX3090' matched RTX 3090, not offered in SECURE. The COMMUNITY cloud"
                  + " offers RTX 3090: request the COMMUNITY cloud or another GPU model.");
    }

    @Test
    void choose_secureOnlyTypeInCommunity_namesSecure() {
      assertThatThrownBy(() -> catalog.choose(GpuSpec.parse("H100-NVL"), Cloud.COMMUNITY))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("not offered in COMMUNITY")
          .hasMessageContaining("request the SECURE cloud");
    }

    @Test
    void choose_typeOfferedNowhere_saysSo() {
      GpuType retired =
          GpuType.builder()
              .from(CatalogFixture.gpuType("Old Z9", "Z9", 16, 0.1))
              .secure(false)
              .community(false)
              .build();

      assertThatThrownBy(() -> GpuCatalog.of(List.of(retired)).choose(GpuSpec.parse("Z9")))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "GPU model 'Z9' matched Z9, not offered in SECURE nor in COMMUNITY right now."
                  + " Choose another GPU model.");
    }

    @Test
    void choose_familyInCommunity_skipsSecureOnlyVariant() {
      GpuChoice choice = catalog.choose(GpuSpec.parse("H100"), Cloud.COMMUNITY);

      assertThat(choice.gpuTypeId()).isEqualTo("NVIDIA H100 80GB HBM3");
      assertThat(choice.reason())
          .isEqualTo(
              "H100 matched 3 types; chose H100 SXM (80 GB like H100 PCIe, the higher secure"
                  + " price at $2.69/h); skipped H100 NVL, not offered in COMMUNITY");
    }

    @Test
    void choose_countAboveMax_namesMax() {
      assertThatThrownBy(() -> catalog.choose(GpuSpec.parse("9xH100-SXM"), Cloud.SECURE))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "Invalid GPU count 9 in '9xH100-SXM': H100 SXM allows at most 8 per pod in the"
                  + " SECURE cloud. Request 8 or fewer GPUs.");
    }

    @Test
    void choose_countAtMax_isAccepted() {
      assertThat(catalog.choose(GpuSpec.parse("8xH100-SXM")).count()).isEqualTo(8);
      assertThat(catalog.choose(GpuSpec.parse("10xA40")).count()).isEqualTo(10);
    }

    @Test
    void choose_familyCount_skipsVariantWithSmallerMax() {
      GpuChoice choice = catalog.choose(GpuSpec.parse("8xA100"), Cloud.COMMUNITY);

      assertThat(choice.gpuTypeId()).isEqualTo("NVIDIA A100-SXM4-80GB");

      GpuCatalog pcieFirst =
          GpuCatalog.of(
              List.of(
                  GpuType.builder()
                      .from(CatalogFixture.gpuType("Z5 big", "Z5 Big", 96, 1.0))
                      .communityMaxCount(2)
                      .build(),
                  CatalogFixture.gpuType("Z5 small", "Z5 Small", 48, 1.0)));

      GpuChoice fitting = pcieFirst.choose(GpuSpec.parse("4xZ5"), Cloud.COMMUNITY);

      assertThat(fitting.gpuTypeId()).isEqualTo("Z5 small");
      assertThat(fitting.reason())
          .isEqualTo(
              "Z5 matched 2 types; chose Z5 Small (48 GB); skipped Z5 Big, which allow fewer than"
                  + " 4 GPUs per pod in COMMUNITY");
    }
  }

  @Nested
  @DisplayName("an unknown model lists close names")
  class UnknownModel {

    @Test
    void choose_b300_listsSuggestions() {
      assertThatThrownBy(() -> catalog.choose(GpuSpec.parse("B300")))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith(
              "Unknown GPU model 'B300': no GPU type's id or name contains all its words. Closest"
                  + " names in the catalog: H200 SXM, ")
          .hasMessageContaining("H100 NVL")
          .hasMessageEndingWith("Use one of these names, or a word from one such as H100 or 4090.");
    }

    @Test
    void choose_misspelledVariant_suggestsNearestVariantFirst() {
      assertThatThrownBy(() -> catalog.choose(GpuSpec.parse("H100-SXN")))
          .hasMessageContaining("Closest names in the catalog: H100 SXM, ");
    }

    @Test
    void choose_emptyCatalog_saysSo() {
      assertThatThrownBy(() -> GpuCatalog.of(List.of()).choose(GpuSpec.parse("H100")))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("The catalog lists no GPU types.");
    }
  }

  @Test
  void types_keepsCatalogOrder() {
    assertThat(catalog.types()).hasSize(18);
    assertThat(catalog.types().get(0).id()).isEqualTo("NVIDIA H100 80GB HBM3");
  }
}

package dev.rp.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GpuSpecTest {

  @ParameterizedTest(name = "{0} -> {1} x {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2xA100        | 2  | A100",
        "H100          | 1  | H100",
        "4xRTX4090     | 4  | RTX4090",
        "4xH100-SXM    | 4  | H100-SXM",
        "h100-nvl      | 1  | H100-NVL",
        "2XA100        | 2  | A100",
        "'2 x A100'    | 2  | A100",
        "' 8 X  h100 ' | 8  | H100",
        "rtx4090       | 1  | RTX4090",
        "RTX 6000 Ada  | 1  | RTX 6000 ADA",
        "'RTX  6000'   | 1  | RTX 6000",
        "xA100         | 1  | XA100",
        "4090          | 1  | 4090",
        "2x4090        | 2  | 4090",
        "02xA100       | 2  | A100",
        "64xA100       | 64 | A100",
        "MI300X        | 1  | MI300X",
        "a100_sxm      | 1  | A100_SXM",
      })
  void parse_validSpec_splitsCountAndModel(String value, int count, String model) {
    GpuSpec spec = GpuSpec.parse(value);

    assertThat(spec.count()).isEqualTo(count);
    assertThat(spec.model()).isEqualTo(model);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(
      strings = {
        "0xA100",
        "-2xA100",
        "+2xA100",
        "65xA100",
        "99999999999999xA100",
        "2x",
        "2 x ",
        "",
        "   ",
        "2 A100",
        "2x2xA100",
        "A100;rm",
        "H100/SXM",
        "-A100",
        "A100-",
        "---",
        "ÄXA100"
      })
  void parse_invalidSpec_isRejected(String value) {
    assertThatThrownBy(() -> GpuSpec.parse(value))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'" + value.trim() + "'")
        .hasMessageContaining("2xA100, H100 or 4xRTX4090");
  }

  @Test
  void parse_null_isRejected() {
    assertThatThrownBy(() -> GpuSpec.parse(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void parse_zeroCount_namesTheRange() {
    assertThatThrownBy(() -> GpuSpec.parse("0xA100"))
        .hasMessageStartingWith("Invalid GPU spec '0xA100': the count must be from 1 to 64.");
  }

  @Test
  void parse_negativeCount_saysNegative() {
    assertThatThrownBy(() -> GpuSpec.parse("-2xA100")).hasMessageContaining("negative");
  }

  @Test
  void parse_plusSign_saysSign() {
    assertThatThrownBy(() -> GpuSpec.parse("+2xA100")).hasMessageContaining("sign");
  }

  @Test
  void parse_emptyModel_saysModelMissing() {
    assertThatThrownBy(() -> GpuSpec.parse("2x")).hasMessageContaining("model is missing");
  }

  @Test
  void parse_countWithoutX_isRejected() {
    assertThatThrownBy(() -> GpuSpec.parse("2 A100"))
        .hasMessageContaining("a count must be followed by x");
  }

  @Test
  void toString_isCanonicalForm() {
    assertThat(GpuSpec.parse("h100").toString()).isEqualTo("1xH100");
    assertThat(GpuSpec.parse("2 x a100").toString()).isEqualTo("2xA100");
    assertThat(GpuSpec.parse("RTX 6000 Ada").toString()).isEqualTo("1xRTX 6000 ADA");
  }

  @Test
  void toString_parsesBackToEqualSpec() {
    for (String value : new String[] {"2xA100", "RTX 6000 Ada", "rtx4090", "4090", "xA100"}) {
      GpuSpec spec = GpuSpec.parse(value);

      assertThat(GpuSpec.parse(spec.toString())).isEqualTo(spec);
    }
  }

  @Test
  void equals_ignoresCaseOfInput() {
    assertThat(GpuSpec.parse("2xa100")).isEqualTo(GpuSpec.parse("2XA100"));
    assertThat(GpuSpec.parse("2xa100")).hasSameHashCodeAs(GpuSpec.parse("2XA100"));
    assertThat(GpuSpec.parse("2xA100")).isNotEqualTo(GpuSpec.parse("3xA100"));
  }

  @Test
  void of_checksCountAndModel() {
    assertThat(GpuSpec.of(3, " l40s ")).isEqualTo(GpuSpec.parse("3xL40S"));
    assertThatThrownBy(() -> GpuSpec.of(0, "A100")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> GpuSpec.of(65, "A100")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> GpuSpec.of(1, "")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> GpuSpec.of(1, "2xA100")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void withCount_keepsModel() {
    GpuSpec spec = GpuSpec.parse("H100").withCount(4);

    assertThat(spec).isEqualTo(GpuSpec.parse("4xH100"));
  }
}

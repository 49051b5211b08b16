package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

  private final DurationConverter converter = new DurationConverter();

  @Test
  void convert_readsEachUnit() {
    assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(converter.convert("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(converter.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(converter.convert("1D2H")).isEqualTo(Duration.ofHours(26));
  }

  @Test
  void convert_spaceBetweenParts_isAccepted() {
    assertThat(converter.convert("1h 30m")).isEqualTo(Duration.ofMinutes(90));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10", "m", "10x", "-5m", "1.5h", "30m2h", "2h30"})
  void convert_invalidText_isRejected(String text) {
    assertThatThrownBy(() -> converter.convert(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("Invalid delay '" + text + "'")
        .hasMessageContaining("such as 3h, 45m");
  }

  @Test
  void convert_zero_isRejected() {
    assertThatThrownBy(() -> converter.convert("0m"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("longer than zero");
  }

  @Test
  void convert_overflow_isRejected() {
    assertThatThrownBy(() -> converter.convert("99999999999999999999d"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("The longest delay is 365d");
  }
}

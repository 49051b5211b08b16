package dev.rp.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void ascii_countsCharacters() {
    assertThat(DisplayWidth.of("dev-1")).isEqualTo(5);
  }

  @Test
  void wideCharacters_countTwice() {
    assertThat(DisplayWidth.of("训练")).isEqualTo(4);
    assertThat(DisplayWidth.of("🚀")).isEqualTo(2);
  }

  @Test
  void combiningMarks_countNothing() {
    assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
  }

  @Test
  void ansiCodes_countNothing() {
    assertThat(DisplayWidth.of("\u001b[32mRUNNING\u001b[0m")).isEqualTo(7);
  }

  @Test
  void truncate_keepsWholeWideCharacters() {
    assertThat(DisplayWidth.truncate("训练abc", 3)).isEqualTo("训");
    assertThat(DisplayWidth.truncate("abc", 10)).isEqualTo("abc");
  }
}

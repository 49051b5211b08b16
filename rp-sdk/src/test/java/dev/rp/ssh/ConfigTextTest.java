package dev.rp.ssh;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigTextTest {

  @Test
  void of_mixedEndings_roundTripsAndSplitsLines() {
    byte[] bytes = "a\r\nb\nc".getBytes(UTF_8);

    ConfigText text = ConfigText.of(bytes);

    assertThat(text.toBytes()).isEqualTo(bytes);
    assertThat(text.size()).isEqualTo(3);
    assertThat(List.of(text.line(0), text.line(1), text.line(2))).containsExactly("a", "b", "c");
  }

  @Test
  void lineEnding_followsFirstTerminatedLine() {
    assertThat(ConfigText.of("a\r\nb\n".getBytes(UTF_8)).lineEnding()).isEqualTo("\r\n");
    assertThat(ConfigText.of("a\nb\r\n".getBytes(UTF_8)).lineEnding()).isEqualTo("\n");
    assertThat(ConfigText.of("no newline".getBytes(UTF_8)).lineEnding()).isEqualTo("\n");
    assertThat(ConfigText.of(new byte[0]).lineEnding()).isEqualTo("\n");
  }

  @Test
  void withoutLines_removesExactlyThoseLines() {
    ConfigText text = ConfigText.of("a\nb\r\nc".getBytes(UTF_8));

    assertThat(new String(text.withoutLines(List.of(1)).toBytes(), UTF_8)).isEqualTo("a\nc");
    assertThat(new String(text.withFirstLine("x").toBytes(), UTF_8)).isEqualTo("x\na\nb\r\nc");
  }
}

package dev.rp.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final String CLEAR_LINE = "\r\u001b[2K";

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(buffer, true, StandardCharsets.UTF_8);

  private String output() {
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static Terminal terminal(String streams, int columns) {
    Properties properties = new Properties();
    properties.setProperty("rp.tty", streams);
    properties.setProperty("rp.columns", String.valueOf(columns));
    return Terminal.from(Map.of(), properties, false);
  }

  @Test
  void notATerminal_printsOneLinePerStatusChange() {
    Progress progress = Progress.start("Starting dev-1", terminal("", 80), err);

    progress.update("PROVISIONING", Duration.ofSeconds(1));
    progress.update("PROVISIONING", Duration.ofSeconds(2));
    progress.update("RUNNING", Duration.ofSeconds(65));
    progress.stop();

    assertThat(output())
        .isEqualTo(
            "Starting dev-1: PROVISIONING after 1s\n" + "Starting dev-1: RUNNING after 1m05s\n");
  }

  @Test
  void terminal_redrawsOneLineInPlace() throws InterruptedException {
    Progress progress = Progress.start("Starting dev-1", terminal("2", 80), err);
    progress.update("STARTING", Duration.ofSeconds(12));

    Thread.sleep(450);
    progress.stop();

    String output = output();
    assertThat(output).doesNotContain("\n");
    assertThat(output).contains(CLEAR_LINE + "⠋ Starting dev-1");
    assertThat(output).contains("Starting dev-1: STARTING 12s");
    assertThat(output.split("\r\u001b\\[2K", -1).length)
        .as("redraws in %s", output)
        .isGreaterThan(3);
    assertThat(output).endsWith(CLEAR_LINE);
  }

  @Test
  void terminal_keepsCountingBetweenUpdates() throws InterruptedException {
    Progress progress = Progress.start("Wait", terminal("2", 80), err);
    progress.update("STARTING", Duration.ofSeconds(59));

    Thread.sleep(1300);
    progress.stop();

    assertThat(output()).contains("Wait: STARTING 1m00s");
  }

  @Test
  void terminal_truncatesToWidth() throws InterruptedException {
    Progress progress = Progress.start("A label far longer than the line", terminal("2", 20), err);

    Thread.sleep(150);
    progress.stop();

    String firstDraw = output().split("\r\u001b\\[2K")[1];
    assertThat(DisplayWidth.of(firstDraw)).isEqualTo(19);
  }

  @Test
  void stop_twice_clearsOnce() {
    Progress progress = Progress.start("Wait", terminal("2", 80), err);

    progress.stop();
    int length = output().length();
    progress.close();

    assertThat(output()).hasSize(length);
  }

  @Test
  void formatElapsed_usesLargestUnits() {
    assertThat(Progress.formatElapsed(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(Progress.formatElapsed(Duration.ofSeconds(125))).isEqualTo("2m05s");
    assertThat(Progress.formatElapsed(Duration.ofSeconds(3723))).isEqualTo("1h02m03s");
    assertThat(Progress.formatElapsed(Duration.ofSeconds(-3))).isEqualTo("0s");
  }
}

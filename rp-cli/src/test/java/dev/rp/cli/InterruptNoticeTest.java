package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InterruptNoticeTest {

  private static Process startDemo(String... args) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                InterruptNoticeDemo.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  private static void awaitReady(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).isEqualTo("ready");
  }

  /**
   * Returns whether SIGINT is ignored in {@code pid}, as it is for processes started in the
   * background of a non-interactive shell; the JVM then installs no handler for it.
   */
  private static boolean ignoresSigint(long pid) throws IOException {
    Path status = Path.of("/proc/" + pid + "/status");
    if (!Files.exists(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16);
        return (mask & (1L << 1)) != 0;
      }
    }
    return false;
  }

  @Test
  void sigint_printsNoticeAndExits130() throws Exception {
    Process process = startDemo();
    try {
      awaitReady(process);
      assumeFalse(ignoresSigint(process.pid()), "SIGINT is ignored in this test's processes");

      new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();

      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).isEqualTo(130);
      assertThat(err)
          .isEqualTo(
              "cleanup ran\n"
                  + "rp: interrupted: pod p1 (dev-1) is still tracked; resume with: rp start dev-1\n");
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void closedNotice_printsNothingAtExit() throws Exception {
    Process process = startDemo("close");
    try {
      awaitReady(process);

      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).isZero();
      assertThat(err).isEmpty();
    } finally {
      process.destroyForcibly();
    }
  }
}

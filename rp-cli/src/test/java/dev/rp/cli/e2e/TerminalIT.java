package dev.rp.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rp.cli.e2e.RpProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalIT {

  @TempDir Path home;

  @BeforeAll
  static void requireScript() {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is missing");
  }

  @Test
  void pseudoTerminal_isDetectedOnEveryStream() {
    Result result = new RpProcess(home).runInTerminal("", "__terminal");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).contains("stdin=true stdout=true stderr=true");
  }

  @Test
  void help_onTerminal_isColoured() {
    RpProcess rp = new RpProcess(home);
    rp.env().put("TERM", "xterm");

    Result result = rp.runInTerminal("", "--help");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).contains("\u001b[");
  }

  @Test
  void noColor_turnsColourOff() {
    RpProcess rp = new RpProcess(home);
    rp.env().put("TERM", "xterm");
    rp.env().put("NO_COLOR", "1");

    Result result = rp.runInTerminal("", "--help");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).contains("Usage: rp").doesNotContain("\u001b[");
  }

  @Test
  void usageError_onTerminal_keepsExitCode() {
    Result result = new RpProcess(home).runInTerminal("", "stop", "--bogus");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stdout()).contains("rp: Unknown option: '--bogus'");
  }
}

package dev.rp.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CronRunnerTest {

  @TempDir Path root;
  private RunnerFixture fixture;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new RunnerFixture(root);
  }

  private SchedulerRunner runner() {
    return SchedulerRunners.cron(fixture.context("Linux"));
  }

  private String crontab() throws Exception {
    return fixture.commands.get("crontab");
  }

  private String rpLine() throws Exception {
    return crontab()
        .lines()
        .filter(line -> line.endsWith("# rp:scheduler"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void install_noCrontab_addsLine() throws Exception {
    RunnerResult result = runner().install();

    assertThat(result.success()).isTrue();
    assertThat(result.runner()).isEqualTo(RunnerKind.CRON);
    assertThat(crontab()).startsWith("* * * * * ").endsWith(" 2>&1 # rp:scheduler\n");
    assertThat(crontab().lines()).hasSize(1);
    assertThat(fixture.commands.calls()).containsExactly("crontab [-l]", "crontab [-]");
  }

  @Test
  void install_keepsOtherLinesAsTheyWere() throws Exception {
    String existing = "MAILTO=me@example.org\n# backups\n0 3 * * * /usr/local/bin/backup  \n\n";
    fixture.commands.set("crontab", existing);

    runner().install();

    assertThat(crontab()).startsWith(existing);
    assertThat(crontab().substring(existing.length())).isEqualTo(rpLine() + "\n");
  }

  @Test
  void install_lastLineWithoutLineBreak_getsOne() throws Exception {
    fixture.commands.set("crontab", "0 3 * * * backup");

    runner().install();

    assertThat(crontab()).startsWith("0 3 * * * backup\n* * * * * ");
  }

  @Test
  void install_oldRpLine_isReplacedInPlace() throws Exception {
    fixture.commands.set(
        "crontab",
        "0 3 * * * backup\n* * * * * /old/rp scheduler-tick # rp:scheduler\n@reboot x\n");

    runner().install();

    List<String> lines = crontab().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("0 3 * * * backup");
    assertThat(lines.get(1)).doesNotContain("/old/rp").endsWith("# rp:scheduler");
    assertThat(lines.get(2)).isEqualTo("@reboot x");
  }

  @Test
  void install_twice_writesOnce() throws Exception {
    runner().install();

    RunnerResult second = runner().install();

    assertThat(second.message()).contains("up to date");
    assertThat(fixture.commands.calls()).containsOnlyOnce("crontab [-]");
  }

  @Test
  void install_lineRunsLauncherWithTickEnvironment() throws Exception {
    runner().install();
    String line = rpLine();
    // cron turns \% into %, then hands the rest of the line after five fields to /bin/sh.
    String command = line.split(" ", 6)[5].replace("\\%", "%");

    ProcessBuilder cron = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true);
    // cron's own environment: HOME of the user and a minimal PATH, nothing of the shell's.
    cron.environment().clear();
    cron.environment().put("HOME", fixture.home.toString());
    cron.environment().put("PATH", "/usr/bin:/bin");
    Process shell = cron.start();
    shell.getOutputStream().close();
    assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertThat(shell.exitValue()).isZero();
    assertThat(Files.readAllLines(fixture.launcherLog))
        .containsExactly(
            "args: [scheduler-tick]",
            "RP_CONFIG_DIR=" + fixture.configDir,
            "PATH=" + fixture.environment.get("PATH"),
            "KEY=");
    assertThat(Files.readString(fixture.configDir.resolve("scheduler.log")))
        .isEqualTo("tick ran\n");
  }

  @Test
  void install_writesNoKey() throws Exception {
    runner().install();

    assertThat(crontab()).doesNotContain(RunnerFixture.API_KEY);
    fixture.assertKeyWrittenNowhere();
  }

  @Test
  void install_crontabMissing_returnsFailure() throws Exception {
    fixture.commands.remove("crontab");

    RunnerResult result = runner().install();

    assertThat(result.success()).isFalse();
    assertThat(result.message()).contains("crontab: command not found");
    assertThat(result.manualCommand()).isPresent();
  }

  @Test
  void uninstall_removesOnlyRpLine() throws Exception {
    fixture.commands.set("crontab", "0 3 * * * backup\n");
    runner().install();

    RunnerResult result = runner().uninstall();

    assertThat(result.success()).isTrue();
    assertThat(crontab()).isEqualTo("0 3 * * * backup\n");
  }

  @Test
  void uninstall_notInstalled_writesNothing() throws Exception {
    fixture.commands.set("crontab", "0 3 * * * backup\n");

    RunnerResult result = runner().uninstall();

    assertThat(result.message()).contains("was not installed");
    assertThat(fixture.commands.calls()).doesNotContain("crontab [-]");
  }

  @Test
  void status_installedLine_reportsLog() throws Exception {
    runner().install();

    RunnerStatus status = runner().status();

    assertThat(status.installed()).isTrue();
    assertThat(status.active()).isTrue();
    assertThat(status.file()).isEmpty();
    assertThat(status.log()).contains(fixture.configDir.resolve("scheduler.log"));
  }
}

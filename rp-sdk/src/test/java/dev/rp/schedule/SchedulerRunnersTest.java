package dev.rp.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerRunnersTest {

  @TempDir Path root;
  private RunnerFixture fixture;
  private Path timer;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new RunnerFixture(root);
    timer = fixture.home.resolve(".config/systemd/user/rp-scheduler.timer");
  }

  private SchedulerRunner detect(String osName) {
    return SchedulerRunners.detect(fixture.context(osName));
  }

  @Test
  void detect_mac_installsLaunchdAgent() throws Exception {
    RunnerResult result = detect("Mac OS X").install();

    assertThat(result.runner()).isEqualTo(RunnerKind.LAUNCHD);
    assertThat(result.success()).isTrue();
    assertThat(fixture.home.resolve("Library/LaunchAgents/com.rp.scheduler.plist")).exists();
    assertThat(fixture.commands.calls()).noneMatch(call -> call.startsWith("crontab"));
  }

  @Test
  void detect_linuxWithSystemd_installsTimerOnly() throws Exception {
    RunnerResult result = detect("Linux").install();

    assertThat(result.runner()).isEqualTo(RunnerKind.SYSTEMD);
    assertThat(timer).exists();
    assertThat(fixture.commands.calls()).noneMatch(call -> call.startsWith("crontab"));
  }

  @Test
  void detect_linuxWithoutSystemd_fallsBackToCron() throws Exception {
    fixture.commands.set("systemd-exit", "1");

    RunnerResult result = detect("Linux").install();

    assertThat(result.runner()).isEqualTo(RunnerKind.CRON);
    assertThat(result.success()).isTrue();
    assertThat(result.warnings()).noneMatch(warning -> warning.contains("systemd"));
    assertThat(fixture.commands.get("crontab")).contains("# rp:scheduler");
    assertThat(timer).doesNotExist();
  }

  @Test
  void detect_enableFails_fallsBackToCron() throws Exception {
    fixture.commands.set("enable-exit", "1");

    RunnerResult result = detect("Linux").install();

    assertThat(result.runner()).isEqualTo(RunnerKind.CRON);
    assertThat(result.warnings())
        .anySatisfy(
            warning ->
                assertThat(warning)
                    .startsWith("The systemd user timer failed:")
                    .contains("Failed to enable unit"));
  }

  @Test
  void detect_linuxWithNeither_explainsManualCommand() throws Exception {
    fixture.commands.set("systemd-exit", "1");
    fixture.commands.remove("crontab");

    fixture.environment.put("RUNPOD_API_URL", "http://127.0.0.1:9/v2");

    RunnerResult result = detect("Linux").install();

    assertThat(result.runner()).isEqualTo(RunnerKind.MANUAL);
    assertThat(result.success()).isFalse();
    String command =
        "HOME="
            + Quoting.posix(fixture.home.toString())
            + " RP_CONFIG_DIR="
            + Quoting.posix(fixture.configDir.toString())
            + " RUNPOD_API_URL='http://127.0.0.1:9/v2' "
            + Quoting.posix(fixture.launcher.toString())
            + " scheduler-tick";
    assertThat(result.manualCommand()).contains(command);
    assertThat(result.message())
        .startsWith(
            "rp cannot install a background runner: no systemd user manager (systemctl --user"
                + " failed) and no crontab command (install cron). ")
        .endsWith(": " + command);
    assertThat(result.warnings()).noneMatch(warning -> warning.contains("failed"));
    assertThat(result.message()).doesNotContain(RunnerFixture.API_KEY);
  }

  @Test
  void detect_windows_explainsCommandInDoubleQuotes() {
    RunnerResult result = detect("Windows 11").install();

    assertThat(result.runner()).isEqualTo(RunnerKind.MANUAL);
    assertThat(result.manualCommand()).contains("\"" + fixture.launcher + "\" scheduler-tick");
  }

  @Test
  void status_nothingInstalled_namesNextRunner() throws Exception {
    fixture.commands.set("systemd-exit", "1");

    RunnerStatus status = detect("Linux").status();

    assertThat(status.runner()).isEqualTo(RunnerKind.CRON);
    assertThat(status.installed()).isFalse();
    assertThat(status.message()).contains("rp installs it when you schedule a stop");
  }

  @Test
  void status_installed_describesInstalledRunnerAndLastTick() throws Exception {
    SchedulerRunner runner = detect("Linux");
    runner.install();
    Files.writeString(Scheduler.lastTickFile(fixture.configDir), "2026-12-04T18:00:00Z\n");

    RunnerStatus status = runner.status();

    assertThat(status.runner()).isEqualTo(RunnerKind.SYSTEMD);
    assertThat(status.installed()).isTrue();
    assertThat(status.lastTick()).map(Object::toString).contains("2026-12-04T18:00:00Z");
  }

  @Test
  void status_windows_saysNothingInstalled() {
    RunnerStatus status = detect("Windows 11").status();

    assertThat(status.runner()).isEqualTo(RunnerKind.MANUAL);
    assertThat(status.installed()).isFalse();
  }

  @Test
  void uninstall_removesEveryInstalledRunner() throws Exception {
    SchedulerRunners.cron(fixture.context("Linux")).install();
    SchedulerRunners.systemd(fixture.context("Linux")).install();

    RunnerResult result = detect("Linux").uninstall();

    assertThat(result.success()).isTrue();
    assertThat(timer).doesNotExist();
    assertThat(fixture.commands.get("crontab")).doesNotContain("# rp:scheduler");
    assertThat(result.message()).contains("systemd").contains("crontab");
  }

  @Test
  void uninstall_nothingInstalled_succeeds() throws Exception {
    fixture.commands.set("systemd-exit", "1");

    RunnerResult result = detect("Linux").uninstall();

    assertThat(result.success()).isTrue();
    assertThat(fixture.commands.calls()).doesNotContain("crontab [-]");
  }

  @Test
  void install_anyRunner_writesNoKeyAnywhere() throws Exception {
    detect("Mac OS X").install();
    detect("Linux").install();
    SchedulerRunners.cron(fixture.context("Linux")).install();

    fixture.assertKeyWrittenNowhere();
    assertThat(fixture.commands.environments()).contains("USER=alice");
  }
}

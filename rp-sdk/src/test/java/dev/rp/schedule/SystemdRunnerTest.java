package dev.rp.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemdRunnerTest {

  @TempDir Path root;
  private RunnerFixture fixture;
  private Path units;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new RunnerFixture(root);
    units = fixture.home.resolve(".config/systemd/user");
  }

  private SchedulerRunner runner() {
    return SchedulerRunners.systemd(fixture.context("Linux"));
  }

  private List<String> lines(String unit) throws Exception {
    return Files.readAllLines(units.resolve(unit));
  }

  /** Reads one double-quoted word of a unit file as systemd does, for the quoting checks. */
  private static String unquoteSystemd(String word) {
    assertThat(word).startsWith("\"").endsWith("\"");
    StringBuilder value = new StringBuilder();
    String inner = word.substring(1, word.length() - 1);
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\'
          || ((c == '%' || c == '$') && i + 1 < inner.length() && inner.charAt(i + 1) == c)) {
        i++;
        value.append(inner.charAt(i));
      } else {
        assertThat(c).as("unescaped character in " + word).isNotIn('"', '%', '$');
        value.append(c);
      }
    }
    return value.toString();
  }

  @Test
  void install_writesServiceAndTimer() throws Exception {
    RunnerResult result = runner().install();

    assertThat(result.success()).isTrue();
    assertThat(result.runner()).isEqualTo(RunnerKind.SYSTEMD);
    assertThat(result.files())
        .containsExactly(
            units.resolve("rp-scheduler.service"), units.resolve("rp-scheduler.timer"));
    assertThat(lines("rp-scheduler.timer"))
        .contains(
            "[Timer]",
            "OnCalendar=*-*-* *:*:00",
            "Persistent=true",
            "AccuracySec=1s",
            "Unit=rp-scheduler.service",
            "[Install]",
            "WantedBy=timers.target");
    assertThat(lines("rp-scheduler.service")).contains("[Service]", "Type=oneshot");
  }

  @Test
  void install_execStartQuotesLauncher() throws Exception {
    runner().install();

    String execStart =
        lines("rp-scheduler.service").stream()
            .filter(line -> line.startsWith("ExecStart="))
            .findFirst()
            .orElseThrow();
    String command = execStart.substring("ExecStart=".length());
    assertThat(command).endsWith("\" scheduler-tick");
    String word = command.substring(0, command.length() - " scheduler-tick".length());
    assertThat(unquoteSystemd(word)).isEqualTo(fixture.launcher.toString());
    assertThat(word).contains("100%% $$HOME");
  }

  @Test
  void install_environment_omitsApiKey() throws Exception {
    runner().install();

    List<String> environment =
        lines("rp-scheduler.service").stream()
            .filter(line -> line.startsWith("Environment="))
            .map(line -> unquoteSystemd(line.substring("Environment=".length())))
            .collect(Collectors.toList());
    assertThat(environment)
        .containsExactly(
            "PATH=" + fixture.environment.get("PATH"),
            "HOME=" + fixture.home,
            "RP_CONFIG_DIR=" + fixture.configDir);
    fixture.assertKeyWrittenNowhere();
  }

  @Test
  void install_reloadsAndEnablesTimer() throws Exception {
    runner().install();

    assertThat(fixture.commands.calls())
        .containsExactly(
            "systemctl [--user] [show-environment]",
            "systemctl [--user] [daemon-reload]",
            "systemctl [--user] [enable] [--now] [rp-scheduler.timer]",
            "loginctl [show-user] [alice] [-p] [Linger]");
    assertThat(fixture.commands.get("timer-enabled")).isNotNull();
  }

  @Test
  void install_unchangedUnits_skipsDaemonReload() throws Exception {
    runner().install();
    int callsAfterFirst = fixture.commands.calls().size();

    RunnerResult second = runner().install();

    assertThat(second.message()).contains("up to date");
    assertThat(second.files()).isEmpty();
    assertThat(fixture.commands.calls().subList(callsAfterFirst, fixture.commands.calls().size()))
        .doesNotContain("systemctl [--user] [daemon-reload]")
        .contains("systemctl [--user] [enable] [--now] [rp-scheduler.timer]");
  }

  @Test
  void install_lingerOff_warnsThatStopsNeedLogin() throws Exception {
    Files.writeString(fixture.configDir.resolve("runpod_api_key"), "saved");

    RunnerResult result = runner().install();

    assertThat(result.warnings())
        .singleElement()
        .asString()
        .contains("Lingering is off for alice")
        .contains("will not fire")
        .endsWith("loginctl enable-linger alice");
  }

  @Test
  void install_lingerOn_doesNotWarn() throws Exception {
    Files.writeString(fixture.configDir.resolve("runpod_api_key"), "saved");
    fixture.commands.set("linger", "Linger=yes\n");

    assertThat(runner().install().warnings()).isEmpty();
  }

  @Test
  void install_managerConfigHome_writesUnitsThere() throws Exception {
    Path elsewhere = root.resolve("xdg");
    fixture.commands.set("manager-environment", "LANG=C\nXDG_CONFIG_HOME=" + elsewhere + "\n");

    runner().install();

    assertThat(elsewhere.resolve("systemd/user/rp-scheduler.timer")).exists();
    assertThat(units).doesNotExist();
  }

  @Test
  void install_managerUnavailable_returnsFailureWithManualCommand() throws Exception {
    fixture.commands.set("systemd-exit", "1");

    RunnerResult result = runner().install();

    assertThat(result.success()).isFalse();
    assertThat(result.manualCommand()).isPresent();
    assertThat(units).doesNotExist();
  }

  @Test
  void install_enableFails_returnsFailure() throws Exception {
    fixture.commands.set("enable-exit", "1");

    RunnerResult result = runner().install();

    assertThat(result.success()).isFalse();
    assertThat(result.message())
        .contains("enable --now rp-scheduler.timer failed: Failed to enable unit");
  }

  @Test
  void uninstall_disablesTimerAndDeletesUnits() throws Exception {
    runner().install();

    RunnerResult result = runner().uninstall();

    assertThat(result.success()).isTrue();
    assertThat(result.files()).hasSize(2);
    assertThat(units.resolve("rp-scheduler.service")).doesNotExist();
    assertThat(units.resolve("rp-scheduler.timer")).doesNotExist();
    assertThat(fixture.commands.calls())
        .containsSubsequence(
            "systemctl [--user] [disable] [--now] [rp-scheduler.timer]",
            "systemctl [--user] [daemon-reload]");
    assertThat(fixture.commands.get("timer-enabled")).isNull();
  }

  @Test
  void status_activeTimer_reportsTimerFile() throws Exception {
    runner().install();

    RunnerStatus status = runner().status();

    assertThat(status.installed()).isTrue();
    assertThat(status.active()).isTrue();
    assertThat(status.file()).contains(units.resolve("rp-scheduler.timer"));
    assertThat(status.log()).isEmpty();
    assertThat(status.message()).contains("journalctl --user -u rp-scheduler.service");
  }

  @Test
  void status_notInstalled_saysSo() {
    RunnerStatus status = runner().status();

    assertThat(status.installed()).isFalse();
    assertThat(status.active()).isFalse();
    assertThat(status.lastTick()).isEmpty();
  }
}

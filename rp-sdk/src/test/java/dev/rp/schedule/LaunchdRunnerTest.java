package dev.rp.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchdRunnerTest {

  @TempDir Path root;
  private RunnerFixture fixture;
  private Path plist;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new RunnerFixture(root);
    plist = fixture.home.resolve("Library/LaunchAgents/com.rp.scheduler.plist");
  }

  private SchedulerRunner runner() {
    return SchedulerRunners.launchd(fixture.context("Mac OS X"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> parsedPlist() throws Exception {
    return (Map<String, Object>) PropertyLists.parse(plist);
  }

  @Test
  void install_writesValidPropertyList() throws Exception {
    RunnerResult result = runner().install();

    assertThat(result.success()).isTrue();
    assertThat(result.files()).containsExactly(plist);
    Map<String, Object> agent = parsedPlist();
    assertThat(agent.get("Label")).isEqualTo("com.rp.scheduler");
    assertThat(agent.get("ProgramArguments"))
        .isEqualTo(List.of(fixture.launcher.toString(), "scheduler-tick"));
    assertThat(agent.get("RunAtLoad")).isEqualTo(true);
    assertThat(agent.get("StartInterval")).isEqualTo(60L);
    String log = fixture.home.resolve("Library/Logs/rp-scheduler.log").toString();
    assertThat(agent.get("StandardOutPath")).isEqualTo(log);
    assertThat(agent.get("StandardErrorPath")).isEqualTo(log);
    assertThat(Files.isDirectory(fixture.home.resolve("Library/Logs"))).isTrue();
  }

  @Test
  void install_environment_omitsApiKey() throws Exception {
    fixture.environment.put("RUNPOD_API_URL", "http://127.0.0.1:9/");

    runner().install();

    @SuppressWarnings("unchecked")
    Map<String, Object> environment =
        (Map<String, Object>) parsedPlist().get("EnvironmentVariables");
    assertThat(environment)
        .containsExactly(
            Map.entry("PATH", fixture.environment.get("PATH")),
            Map.entry("HOME", fixture.home.toString()),
            Map.entry("RP_CONFIG_DIR", fixture.configDir.toString()),
            Map.entry("RUNPOD_API_URL", "http://127.0.0.1:9/"));
    assertThat(Files.readString(plist)).doesNotContain(RunnerFixture.API_KEY);
    fixture.assertKeyWrittenNowhere();
  }

  @Test
  void install_defaultConfigDir_omitsRpConfigDir() throws Exception {
    RunnerContext context =
        RunnerContext.builder()
            .from(fixture.context("Mac OS X"))
            .configDir(fixture.home.resolve(".config/rp"))
            .build();

    SchedulerRunners.launchd(context).install();

    @SuppressWarnings("unchecked")
    Map<String, Object> environment =
        (Map<String, Object>) parsedPlist().get("EnvironmentVariables");
    assertThat(environment).containsOnlyKeys("PATH", "HOME");
  }

  @Test
  void install_escapesLauncherPathForXml() throws Exception {
    runner().install();

    assertThat(Files.readString(plist))
        .contains("rp &amp; co&apos;s 100% $HOME/bin/rp</string>")
        .doesNotContain("rp & co");
  }

  @Test
  void install_loadsAgentWithBootstrap() throws Exception {
    runner().install();

    assertThat(fixture.commands.calls())
        .containsExactly(
            "id [-u]",
            "launchctl [print] [gui/501/com.rp.scheduler]",
            "launchctl [bootstrap] [gui/501] [" + plist + "]");
  }

  @Test
  void install_twice_secondChangesNothing() throws Exception {
    runner().install();
    int callsAfterFirst = fixture.commands.calls().size();

    RunnerResult second = runner().install();

    assertThat(second.success()).isTrue();
    assertThat(second.message()).contains("up to date");
    assertThat(second.files()).isEmpty();
    assertThat(fixture.commands.calls().subList(callsAfterFirst, fixture.commands.calls().size()))
        .containsExactly("id [-u]", "launchctl [print] [gui/501/com.rp.scheduler]");
  }

  @Test
  void install_outdatedAgent_bootsOutThenBootstraps() throws Exception {
    // The Python rp's agent carried the API key in its environment.
    Files.createDirectories(plist.getParent());
    Files.writeString(
        plist,
        "<plist><dict><key>RUNPOD_API_KEY</key><string>"
            + RunnerFixture.API_KEY
            + "</string></dict></plist>");
    fixture.commands.set("launchd-loaded", "");

    RunnerResult result = runner().install();

    assertThat(result.success()).isTrue();
    assertThat(fixture.commands.calls())
        .containsSubsequence(
            "launchctl [bootout] [gui/501/com.rp.scheduler]",
            "launchctl [bootstrap] [gui/501] [" + plist + "]");
    fixture.assertKeyWrittenNowhere();
  }

  @Test
  void install_bootstrapFails_returnsFailureWithManualCommand() throws Exception {
    fixture.commands.set("bootstrap-exit", "5");

    RunnerResult result = runner().install();

    assertThat(result.success()).isFalse();
    assertThat(result.message())
        .contains("Bootstrap failed: 5: Input/output error")
        .contains("launchctl bootstrap gui/501 '" + plist + "'");
    assertThat(result.manualCommand().orElseThrow())
        .endsWith("'" + fixture.launcher.toString().replace("'", "'\\''") + "' scheduler-tick");
  }

  @Test
  void install_keyOnlyInEnvironment_warns() throws Exception {
    RunnerResult result = runner().install();

    assertThat(result.warnings())
        .singleElement()
        .asString()
        .contains("RUNPOD_API_KEY")
        .contains(fixture.configDir.resolve("runpod_api_key").toString());
  }

  @Test
  void install_keyFileExists_doesNotWarn() throws Exception {
    Files.writeString(fixture.configDir.resolve("runpod_api_key"), "saved elsewhere");

    assertThat(runner().install().warnings()).isEmpty();
  }

  @Test
  void uninstall_bootsOutAndDeletesPlist() throws Exception {
    runner().install();

    RunnerResult result = runner().uninstall();

    assertThat(result.success()).isTrue();
    assertThat(result.files()).containsExactly(plist);
    assertThat(plist).doesNotExist();
    assertThat(fixture.commands.calls()).contains("launchctl [bootout] [gui/501/com.rp.scheduler]");
    assertThat(fixture.commands.get("launchd-loaded")).isNull();
  }

  @Test
  void status_installed_reportsFileAndLastTick() throws Exception {
    runner().install();
    Files.writeString(Scheduler.lastTickFile(fixture.configDir), "2026-12-04T18:00:00Z\n");

    RunnerStatus status = runner().status();

    assertThat(status.runner()).isEqualTo(RunnerKind.LAUNCHD);
    assertThat(status.installed()).isTrue();
    assertThat(status.active()).isTrue();
    assertThat(status.file()).contains(plist);
    assertThat(status.log()).contains(fixture.home.resolve("Library/Logs/rp-scheduler.log"));
    assertThat(status.lastTick()).contains(Instant.parse("2026-12-04T18:00:00Z"));
  }

  @Test
  void status_notLoaded_explainsBootstrap() throws Exception {
    runner().install();
    fixture.commands.set("bootstrap-exit", "0");
    Files.delete(root.resolve("fake/state/launchd-loaded"));

    RunnerStatus status = runner().status();

    assertThat(status.installed()).isTrue();
    assertThat(status.active()).isFalse();
    assertThat(status.message()).contains("not loaded").contains("launchctl bootstrap");
  }
}

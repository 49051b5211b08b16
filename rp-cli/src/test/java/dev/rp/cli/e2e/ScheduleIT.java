package dev.rp.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.cli.e2e.RpProcess.Result;
import dev.rp.cli.output.Json;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.TaskStatus;
import dev.rp.testing.FakePod;
import dev.rp.testing.FakeRunPod;
import dev.rp.testing.Sshd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled stops end to end: the packaged launcher against the fake RunPod API, with a real sshd
 * as the pod and recorder scripts in place of systemd and cron.
 */
class ScheduleIT {

  @TempDir static Path shared;
  private static FakeRunPod fake;
  private static Sshd sshd;

  @TempDir Path root;
  private Path home;
  private RunnerRecorders recorders;
  private RpProcess rp;
  private RunPodClient client;

  @BeforeAll
  static void startServers() {
    sshd = Sshd.start(shared.resolve("sshd"));
    fake = FakeRunPod.start().sshHost("127.0.0.1").sshPorts(sshd.port());
    fake.setSshKeys(List.of(sshd.clientPublicKey()));
  }

  @AfterAll
  static void stopServers() {
    if (fake != null) {
      fake.close();
    }
    if (sshd != null) {
      sshd.close();
    }
  }

  @BeforeEach
  void setUp() throws IOException {
    home = Files.createDirectories(root.resolve("home"));
    recorders = new RunnerRecorders(root.resolve("recorders"));
    installIdentity();
    rp = new RpProcess(home);
    rp.env().put("RUNPOD_API_URL", fake.baseUrl());
    rp.env().put("RUNPOD_API_KEY", fake.apiKey());
    rp.env().put("PATH", recorders.path());
    client =
        RunPod.builder()
            .apiKey(fake.apiKey())
            .baseUrl(fake.baseUrl())
            .environment(Map.of("HOME", home.toString()))
            .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    assertThat(fake.contractViolations()).isEmpty();
  }

  private void installIdentity() throws IOException {
    Path ssh = Files.createDirectories(home.resolve(".ssh"));
    Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString("rwx------"));
    Path key = ssh.resolve("runpod");
    Files.copy(sshd.clientKey(), key);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(ssh.resolve("runpod.pub"), sshd.clientPublicKey() + "\n");
  }

  /** Puts a running pod on the fake and tracks it as {@code alias}, which writes its SSH entry. */
  private String runningPod(String alias) {
    String podId = fake.addPod(alias, "RUNNING");
    client.pods().track(alias, podId, true);
    return podId;
  }

  private String status(String podId) {
    return fake.pod(podId).map(FakePod::status).orElse("gone");
  }

  private int stopRequests(String podId) {
    return (int)
        fake.requests().stream()
            .filter(request -> request.method().equals("POST"))
            .filter(request -> request.path().equals("/v2/pods/" + podId + "/action"))
            .count();
  }

  private List<ScheduledTask> tasks() {
    return client.schedule().list(true);
  }

  /** Schedules a stop of {@code alias} that is due now, through the SDK. */
  private ScheduledTask dueStop(String alias) {
    return client.pods().alias(alias).stopAt(Instant.now().minusSeconds(1));
  }

  private String rpConfig() throws IOException {
    Path file = home.resolve(".ssh/rp_config");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private int sshTrue(String alias) throws Exception {
    Process process =
        new ProcessBuilder(
                "ssh",
                "-F",
                home.resolve(".ssh/config").toString(),
                "-o",
                "BatchMode=yes",
                alias,
                "true")
            .redirectErrorStream(true)
            .start();
    process.getInputStream().readAllBytes();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  private static void sleepUntil(Instant when) throws InterruptedException {
    long millis = Duration.between(Instant.now(), when).toMillis();
    if (millis > 0) {
      Thread.sleep(millis + 100);
    }
  }

  private void assertApiKeyWrittenNowhere() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(text).as(file.toString()).doesNotContain(fake.apiKey());
      }
    }
  }

  @Test
  void stopIn_tick_stopsPodAndRemovesEntry() throws Exception {
    String podId = runningPod("dev-1");
    assertThat(sshTrue("dev-1")).as("ssh through the entry rp wrote").isZero();

    Result scheduled = rp.run("stop", "dev-1", "--in", "2s");

    assertThat(scheduled.exitCode()).as(scheduled.describe()).isZero();
    ScheduledTask task = tasks().get(0);
    assertThat(task.podId()).contains(podId);
    assertThat(scheduled.stdout())
        .startsWith("Scheduled a stop of dev-1 (pod " + podId + ") at ")
        .contains("Task " + task.id().substring(0, 8));
    assertThat(scheduled.stderr())
        .contains("Installed the systemd user timer rp-scheduler.timer")
        .contains("loginctl enable-linger")
        .contains("RUNPOD_API_KEY is set in this shell only");
    Path service = home.resolve(".config/systemd/user/rp-scheduler.service");
    assertThat(Files.readString(service))
        .contains("ExecStart=\"" + RpProcess.launcher() + "\" scheduler-tick");
    assertThat(recorders.calls())
        .contains("systemctl [--user] [enable] [--now] [rp-scheduler.timer]");
    assertApiKeyWrittenNowhere();
    assertThat(status(podId)).isEqualTo("RUNNING");

    sleepUntil(task.when());
    Result tick = rp.run("scheduler-tick");

    assertThat(tick.exitCode()).as(tick.describe()).isZero();
    assertThat(tick.stdout())
        .isEqualTo(
            "Stopped dev-1 (pod " + podId + ") for task " + task.id().substring(0, 8) + ".\n");
    assertThat(status(podId)).isEqualTo("EXITED");
    assertThat(tasks().get(0).status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(Files.readString(home.resolve(".config/rp/schedule.json")))
        .contains("\"status\": \"completed\"");
    assertThat(rpConfig()).doesNotContain("Host dev-1");
  }

  @Test
  void stopAt_withoutSystemd_installsCrontabEntryOnce() throws Exception {
    recorders.withoutSystemd();
    runningPod("dev-1");

    Result first = rp.run("stop", "dev-1", "--at", "23:59");
    Result second = rp.run("stop", "dev-1", "--in", "3h");

    assertThat(first.exitCode()).as(first.describe()).isZero();
    assertThat(first.stderr()).contains("crontab");
    assertThat(recorders.crontab()).contains(RpProcess.launcher() + "' scheduler-tick");
    assertThat(second.exitCode()).as(second.describe()).isZero();
    assertThat(second.stderr()).doesNotContain("crontab").contains("Note: task ");
    assertThat(recorders.calls().stream().filter(call -> call.startsWith("crontab [-]")))
        .hasSize(1);
    assertThat(tasks()).hasSize(2);
    assertApiKeyWrittenNowhere();
  }

  @Test
  void stopIn_noRunnerAtAll_namesWhatIsMissingOnce() throws Exception {
    recorders.withoutSystemd().withoutCron();
    runningPod("dev-1");

    Result result = rp.run("stop", "dev-1", "--in", "1m");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stderr())
        .contains(
            "no systemd user manager (systemctl --user failed) and no crontab command (install"
                + " cron)")
        .contains(
            "HOME='"
                + home
                + "' RUNPOD_API_URL='"
                + fake.baseUrl()
                + "' '"
                + RpProcess.launcher()
                + "' scheduler-tick");
    assertThat(result.stdout()).contains(", in 1m.\n");
    assertThat(result.stderr().split("cannot install a background runner", -1)).hasSize(2);
    assertThat(result.stderr().split("scheduler-tick", -1)).hasSize(2);
    assertThat(result.stderr()).doesNotContain(fake.apiKey());
  }

  @Test
  void schedulerCommands_installReportAndUninstall() throws Exception {
    Result install = rp.run("scheduler", "install");
    Result idle = rp.run("scheduler", "status");
    runningPod("dev-1");
    ScheduledTask missed =
        client.pods().alias("dev-1").stopAt(Instant.now().minus(Duration.ofMinutes(10)));
    Result status = rp.run("scheduler", "status");
    Result uninstall = rp.run("scheduler", "uninstall");
    Result after = rp.run("scheduler", "status");

    assertThat(install.exitCode()).as(install.describe()).isZero();
    assertThat(install.stdout())
        .contains("Installed the systemd user timer")
        .contains("rp-scheduler.service");
    assertThat(idle.stdout())
        .contains("Runner:     systemd user timer (installed, active)")
        .contains("File:       " + home.resolve(".config/systemd/user/rp-scheduler.timer"))
        .contains("Last tick:  never")
        .contains("Pending:    no tasks");
    assertThat(idle.stderr()).isEmpty();
    assertThat(status.stdout()).contains("Pending:    1 task, next: stop dev-1 at ");
    assertThat(status.stderr())
        .startsWith("Warning: task " + missed.id().substring(0, 8) + " was due at ")
        .contains("no tick has run since");
    assertThat(uninstall.exitCode()).as(uninstall.describe()).isZero();
    assertThat(uninstall.stdout()).contains("Removed the systemd user timer");
    assertThat(home.resolve(".config/systemd/user/rp-scheduler.service")).doesNotExist();
    assertThat(after.stdout()).contains("(not installed)");
  }

  @Test
  void twoTicksAtOnce_sendOneStop() throws Exception {
    String podId = runningPod("dev-1");
    dueStop("dev-1");
    // The fake delays its response to the first stop, so the other tick runs during the claim.
    fake.on("POST", "/v2/pods/" + podId + "/action").delay(1, Duration.ofSeconds(1));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Result> results;
    try {
      Future<Result> first = threads.submit(() -> rp.run("scheduler-tick"));
      Future<Result> second = threads.submit(() -> rp.run("scheduler-tick"));
      results = List.of(first.get(), second.get());
    } finally {
      threads.shutdown();
    }

    assertThat(results).allSatisfy(result -> assertThat(result.exitCode()).isZero());
    assertThat(results)
        .extracting(Result::stdout)
        .filteredOn(out -> out.startsWith("Stopped "))
        .hasSize(1);
    assertThat(results).extracting(Result::stdout).filteredOn(String::isEmpty).hasSize(1);
    assertThat(stopRequests(podId)).isEqualTo(1);
    assertThat(status(podId)).isEqualTo("EXITED");
    assertThat(tasks().get(0).status()).isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void serverError_keepsTaskPendingUntilNextTick() {
    String podId = runningPod("dev-1");
    dueStop("dev-1");
    // The SDK sends an idempotent action four times before it gives up.
    fake.on("POST", "/v2/pods/" + podId + "/action").serverError(4, 503);

    Result failed = rp.run("scheduler-tick");

    assertThat(failed.exitCode()).as(failed.describe()).isZero();
    assertThat(failed.stdout()).contains("the next tick retries (attempt 1 of 30 failed)");
    ScheduledTask pending = tasks().get(0);
    assertThat(pending.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(pending.attempts()).isEqualTo(1);
    assertThat(pending.lastError()).isPresent();
    assertThat(status(podId)).isEqualTo("RUNNING");

    Result retried = rp.run("scheduler-tick");

    assertThat(retried.stdout()).as(retried.describe()).startsWith("Stopped dev-1");
    assertThat(tasks().get(0).status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(status(podId)).isEqualTo("EXITED");
  }

  @Test
  void removedPod_failsTask() {
    String podId = runningPod("dev-1");
    dueStop("dev-1");
    fake.removePod(podId);

    Result tick = rp.run("scheduler-tick");

    assertThat(tick.exitCode()).as(tick.describe()).isZero();
    assertThat(tick.stdout()).startsWith("Failed to stop dev-1 (pod " + podId + ")");
    assertThat(tasks().get(0).status()).isEqualTo(TaskStatus.FAILED);
    Result list = rp.run("schedule", "list", "--all");
    assertThat(list.stdout()).contains("failed: ");
  }

  @Test
  void aliasReused_stopsOriginalPod() throws Exception {
    String original = runningPod("dev-1");
    Result scheduled = rp.run("stop", "dev-1", "--in", "1s");
    assertThat(scheduled.exitCode()).as(scheduled.describe()).isZero();
    client.pods().untrack("dev-1", false);
    String replacement = runningPod("dev-1");
    sleepUntil(tasks().get(0).when());

    Result tick = rp.run("scheduler-tick");

    assertThat(tick.stdout()).as(tick.describe()).startsWith("Stopped dev-1 (pod " + original);
    assertThat(status(original)).isEqualTo("EXITED");
    assertThat(status(replacement)).isEqualTo("RUNNING");
    assertThat(rpConfig()).contains("Host dev-1").contains(replacement);
  }

  @Test
  void destroy_cancelsPendingTask() throws Exception {
    runningPod("dev-1");
    Result scheduled = rp.run("stop", "dev-1", "--in", "2h");
    assertThat(scheduled.exitCode()).as(scheduled.describe()).isZero();

    client.pods().alias("dev-1").destroy();
    Result list = rp.run("schedule", "list", "--all", "--json");

    List<?> tasks = (List<?>) Json.parse(list.stdout());
    assertThat(tasks).hasSize(1);
    assertThat(((Map<?, ?>) tasks.get(0)).get("status")).isEqualTo("cancelled");
  }

  @Test
  void dryRun_savesNothingAndInstallsNothing() throws Exception {
    runningPod("dev-1");

    Result result = rp.run("stop", "dev-1", "--in", "2h", "--dry-run");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).startsWith("Dry run: would schedule a stop of dev-1");
    assertThat(home.resolve(".config/rp/schedule.json")).doesNotExist();
    assertThat(home.resolve(".config/systemd")).doesNotExist();
    assertThat(recorders.calls()).isEmpty();
  }

  @Test
  void atAndIn_isUsageError() {
    Result result = rp.run("stop", "dev-1", "--at", "22:00", "--in", "2h");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("--at").contains("--in").contains("mutually exclusive");
    assertThat(home.resolve(".config/rp/schedule.json")).doesNotExist();
  }

  @Test
  void fractionalDelay_isUsageErrorListingForms() {
    runningPod("dev-1");

    Result result = rp.run("stop", "dev-1", "--in", "1.5h");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr())
        .startsWith("rp: Invalid delay '1.5h'")
        .contains("such as 3h, 45m, 90s, 2h30m, 1h 30m or 1d2h30m")
        .hasLineCount(1);
    assertThat(home.resolve(".config/rp/schedule.json")).doesNotExist();
  }

  @Test
  void daylightSavingGap_warnsOnStderr() {
    runningPod("dev-1");
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    ZoneOffsetTransition next = berlin.getRules().nextTransition(Instant.now());
    if (!next.isGap()) {
      next = berlin.getRules().nextTransition(next.getInstant());
    }
    LocalDateTime inGap = next.getDateTimeBefore().plusMinutes(30);
    String at = inGap.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    rp.env().put("TZ", "Europe/Berlin");

    Result result = rp.run("stop", "dev-1", "--at", at, "--dry-run");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stderr()).startsWith("Warning: " + at + " does not exist in Europe/Berlin");
    assertThat(result.stdout()).contains("CEST (Europe/Berlin)");
  }

  @Test
  void tick_noKeyNothingDue_exitsZero() {
    runningPod("dev-1");
    client.pods().alias("dev-1").stopAt(Instant.now().plusSeconds(3600));
    rp.env().remove("RUNPOD_API_KEY");

    Result result = rp.run("scheduler-tick");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).isEmpty();
  }
}

package dev.rp.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.e2e.RpProcess.Result;
import dev.rp.cli.output.Json;
import dev.rp.cli.output.Money;
import dev.rp.testing.FakeRunPod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rp list}, {@code show}, {@code track}, {@code untrack}, {@code clean} and {@code config}
 * through the packaged launcher, against the fake RunPod API, with {@code pods.json} and {@code
 * schedule.json} written as the Python rp writes them.
 */
class StateCommandsIT {

  private static final String A40 = "NVIDIA A40";

  @TempDir Path home;

  private FakeRunPod fake;
  private RpProcess rp;

  @BeforeEach
  void setUp() {
    fake = FakeRunPod.start().sshPorts(40022);
    rp = new RpProcess(home);
    rp.env().put("RUNPOD_API_URL", fake.baseUrl());
    rp.env().put("RUNPOD_API_KEY", fake.apiKey());
    rp.env().put("TZ", "UTC");
  }

  @AfterEach
  void tearDown() {
    assertThat(fake.contractViolations()).isEmpty();
    fake.close();
  }

  private Path configDir() throws IOException {
    return Files.createDirectories(home.resolve(".config/rp"));
  }

  /** Writes a {@code pods.json} in the Python rp's layout with {@code metadata} as pod_metadata. */
  private void writePodsJson(Map<String, Object> metadata) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("aliases", Map.of());
    root.put("pod_metadata", metadata);
    root.put("scheduled_tasks", List.of());
    root.put("pod_templates", Map.of());
    Files.writeString(configDir().resolve("pods.json"), Json.write(root));
  }

  private static Map<String, Object> entry(String podId, String path) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("pod_id", podId);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("path", path);
    entry.put("config", config);
    return entry;
  }

  private static Result succeeded(Result result) {
    assertThat(result.exitCode()).as(result.describe()).isZero();
    return result;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> jsonArray(Result result) throws IOException {
    return (List<Map<String, Object>>) Json.parse(result.stdout());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> jsonObject(Result result) throws IOException {
    return (Map<String, Object>) Json.parse(result.stdout());
  }

  /** Returns the line of {@code text} that starts with {@code start}. */
  private static String line(String text, String start) {
    return text.lines()
        .filter(candidate -> candidate.startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No line starts with '" + start + "' in\n" + text));
  }

  /** Tracks a running, a stopped and a vanished pod as run-1, stop-1 and gone-1. */
  private Map<String, String> threePods() throws IOException {
    String running = fake.addPod("run-1", A40, 2, "RUNNING");
    String stopped = fake.addPod("stop-1", "EXITED");
    String gone = fake.addPod("gone-1", "RUNNING");
    fake.removePod(gone);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("run-1", entry(running, "/workspace/project"));
    metadata.put("stop-1", entry(stopped, null));
    metadata.put("gone-1", entry(gone, null));
    writePodsJson(metadata);
    return Map.of("run-1", running, "stop-1", stopped, "gone-1", gone);
  }

  @Test
  void list_severalPods_showsEachStatusAndTotal() throws IOException {
    Map<String, String> ids = threePods();

    Result result = succeeded(rp.run("list"));

    String table = result.stdout();
    assertThat(table.lines().findFirst().orElseThrow())
        .startsWith("Alias")
        .contains("ID", "Status", "GPU", "Cost/h", "Config Path");
    String running = line(table, "run-1 ");
    assertThat(running)
        .contains(ids.get("run-1"), "running", "2x NVIDIA A40", "/workspace/project");
    assertThat(running).containsPattern("\\$\\d+\\.\\d{3}");
    String stopped = line(table, "stop-1 ");
    assertThat(stopped).contains(ids.get("stop-1"), "stopped", "1x NVIDIA GeForce RTX 4090");
    assertThat(stopped).doesNotContain("$");
    assertThat(line(table, "gone-1 ")).contains(ids.get("gone-1"), "invalid");
    assertThat(result.stderr()).contains("rp clean");

    List<Map<String, Object>> rows = jsonArray(succeeded(rp.run("list", "--json")));
    List<Double> costs = new ArrayList<>();
    rows.stream()
        .map(row -> row.get("costPerHour"))
        .filter(cost -> cost != null)
        .forEach(cost -> costs.add((Double) cost));
    assertThat(line(table, "Total")).endsWith(Money.amount(Money.total(costs)));
  }

  @Test
  void list_json_hasStableKeys() throws IOException {
    Map<String, String> ids = threePods();

    Result result = succeeded(rp.run("list", "--json"));

    List<Map<String, Object>> rows = jsonArray(result);
    assertThat(rows)
        .extracting(row -> row.get("alias"))
        .containsExactlyInAnyOrder("run-1", "stop-1", "gone-1");
    for (Map<String, Object> row : rows) {
      assertThat(row)
          .containsKeys(
              "alias", "id", "status", "path", "gpu", "gpuCount", "costPerHour", "tracked");
      assertThat(row.get("tracked")).isEqualTo(true);
    }
    Map<String, Object> running =
        rows.stream().filter(r -> "run-1".equals(r.get("alias"))).findFirst().orElseThrow();
    assertThat(running.get("id")).isEqualTo(ids.get("run-1"));
    assertThat(running.get("status")).isEqualTo("running");
    assertThat(running.get("gpu")).isEqualTo(A40);
    assertThat(running.get("gpuCount")).isEqualTo(2.0);
    assertThat((Double) running.get("costPerHour")).isPositive();
    assertThat(running.get("path")).isEqualTo("/workspace/project");
    Map<String, Object> gone =
        rows.stream().filter(r -> "gone-1".equals(r.get("alias"))).findFirst().orElseThrow();
    assertThat(gone.get("status")).isEqualTo("invalid");
    assertThat(gone.get("path")).isNull();
    assertThat(gone.get("gpu")).isNull();
    assertThat(gone.get("costPerHour")).isNull();
    assertThat(result.stderr()).doesNotContain("{");
  }

  @Test
  void list_all_addsUntrackedPods() throws IOException {
    threePods();
    String stranger = fake.addPod("from-website", "RUNNING");

    Result table = succeeded(rp.run("list", "--all"));
    Result json = succeeded(rp.run("list", "--all", "--json"));

    assertThat(line(table.stdout(), "(untracked: from-website)")).contains(stranger, "running");
    assertThat(table.stderr()).contains("rp track ALIAS POD_ID").contains(stranger);
    Map<String, Object> extra =
        jsonArray(json).stream()
            .filter(row -> stranger.equals(row.get("id")))
            .findFirst()
            .orElseThrow();
    assertThat(extra.get("tracked")).isEqualTo(false);
    assertThat(extra.get("alias")).isNull();
  }

  @Test
  void list_verbose_logsKeySourceOnceFromCli() {
    Result result = succeeded(rp.run("list", "--all", "--verbose"));

    assertThat(result.stderr().lines().filter(l -> l.contains("Using the RunPod API key from")))
        .hasSize(1);
  }

  @Test
  void list_allWithOnlyUntracked_printsOneTrackHint() {
    fake.addPod("from-website", "RUNNING");

    Result result = succeeded(rp.run("list", "--all"));

    assertThat(result.stdout()).contains("(untracked: from-website)");
    assertThat(result.stderr().lines().filter(l -> l.contains("rp track"))).hasSize(1);
  }

  @Test
  void list_allWithNoPods_printsHintNotTable() {
    Result result = succeeded(rp.run("list", "--all"));

    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr())
        .isEqualTo("No pods are tracked and the account has none. Create one with rp create.\n");
  }

  @Test
  void list_invalidPodWithPath_showsPathInTableAndJson() throws IOException {
    String gone = fake.addPod("gone-1", "RUNNING");
    fake.removePod(gone);
    writePodsJson(Map.of("gone-1", entry(gone, "/workspace/old")));

    Result table = succeeded(rp.run("list"));
    Result json = succeeded(rp.run("list", "--json"));

    assertThat(line(table.stdout(), "gone-1 ")).contains("invalid", "/workspace/old");
    assertThat(jsonArray(json).get(0).get("path")).isEqualTo("/workspace/old");
  }

  @Test
  void list_fiftyAliases_sendsOneRequest() throws IOException {
    Map<String, Object> metadata = new LinkedHashMap<>();
    for (int i = 1; i <= 50; i++) {
      metadata.put("pod-" + i, entry(fake.addPod("pod-" + i, "EXITED"), null));
    }
    writePodsJson(metadata);
    fake.clearRequests();

    Result result = succeeded(rp.run("list"));

    assertThat(result.stdout().lines().filter(l -> l.startsWith("pod-"))).hasSize(50);
    assertThat(fake.requests()).hasSize(1);
    assertThat(fake.count("GET", "/v2/pods")).isEqualTo(1);
  }

  @Test
  void list_noAliases_printsHintOnly() {
    Result table = succeeded(rp.run("list"));
    Result json = succeeded(rp.run("list", "--json"));

    assertThat(table.stdout()).isEmpty();
    assertThat(table.stderr()).contains("No pods are tracked yet").contains("rp track");
    assertThat(json.stdout()).isEqualTo("[]\n");
    assertThat(fake.requests()).isEmpty();
  }

  /** Writes a schedule.json in the Python rp's format: one pending and one completed stop. */
  private void writeSchedule(String alias, Instant when) throws IOException {
    String tasks =
        """
        [
          {
            "id": "550e8400-e29b-41d4-a716-446655440000",
            "action": "stop",
            "alias": "%1$s",
            "when_epoch": %2$d,
            "status": "pending",
            "created_at": "2025-01-01T12:00:00Z",
            "last_error": null
          },
          {
            "id": "9a1b2c3d-0000-4000-8000-000000000000",
            "action": "stop",
            "alias": "%1$s",
            "when_epoch": 1704124800,
            "status": "completed",
            "created_at": "2025-01-01T12:00:00Z",
            "last_error": null
          }
        ]
        """
            .formatted(alias, when.getEpochSecond());
    Files.writeString(configDir().resolve("schedule.json"), tasks);
  }

  @Test
  void show_runningPod_printsDetailsConfigAndTasks() throws IOException {
    Map<String, String> ids = threePods();
    writeSchedule("run-1", Instant.parse("2030-01-15T22:00:00Z"));

    Result result = succeeded(rp.run("show", "run-1"));

    String text = result.stdout();
    assertThat(text).startsWith("Pod Details: run-1\n" + "=".repeat(60) + "\n");
    assertThat(line(text, "ID:")).endsWith(ids.get("run-1"));
    assertThat(line(text, "Status:")).endsWith("running");
    assertThat(line(text, "GPU:")).endsWith("2x NVIDIA A40");
    assertThat(line(text, "Container disk:")).endsWith("20GB");
    assertThat(line(text, "Cost:")).matches("Cost: +\\$\\d+\\.\\d{3}/hour");
    assertThat(line(text, "IP:")).endsWith("127.0.0.1:40022");
    assertThat(line(text, "Image:")).endsWith(FakeRunPod.DEFAULT_IMAGE);
    assertThat(text).contains("Configuration:\n  path: /workspace/project\n");
    assertThat(text).contains("Scheduled Tasks:\n  • stop at 2030-01-15 22:00 UTC, in ");
    assertThat(text).contains("(id=550e8400)\n");
    assertThat(text).doesNotContain("9a1b2c3d");
    assertThat(text).endsWith("=".repeat(60) + "\n");
  }

  @Test
  void show_json_hasStableKeys() throws IOException {
    Map<String, String> ids = threePods();
    writeSchedule("run-1", Instant.parse("2030-01-15T22:00:00Z"));

    Map<String, Object> json = jsonObject(succeeded(rp.run("show", "run-1", "--json")));

    assertThat(json)
        .containsKeys(
            "alias",
            "id",
            "status",
            "gpu",
            "gpuCount",
            "volumeGb",
            "containerDiskGb",
            "costPerHour",
            "ssh",
            "image",
            "path",
            "config",
            "scheduledTasks");
    assertThat(json.get("id")).isEqualTo(ids.get("run-1"));
    assertThat(json.get("status")).isEqualTo("running");
    assertThat(json.get("ssh"))
        .isEqualTo(Map.of("host", "127.0.0.1", "port", 40022.0, "username", "root"));
    assertThat(json.get("config")).isEqualTo(Map.of("path", "/workspace/project"));
    List<?> tasks = (List<?>) json.get("scheduledTasks");
    assertThat(tasks).hasSize(1);
    assertThat(asMap(tasks.get(0)))
        .containsEntry("id", "550e8400-e29b-41d4-a716-446655440000")
        .containsEntry("when", "2030-01-15T22:00:00Z")
        .containsEntry("status", "pending");
  }

  @Test
  void show_vanishedPod_isInvalidWithCleanHint() throws IOException {
    threePods();

    Result result = succeeded(rp.run("show", "gone-1"));

    assertThat(line(result.stdout(), "Status:")).contains("invalid").contains("rp clean");
    assertThat(result.stdout()).doesNotContain("GPU:");
  }

  @Test
  void show_unknownAlias_listsAliases() throws IOException {
    threePods();

    Result result = rp.run("show", "nope");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stderr())
        .startsWith("rp: Unknown alias 'nope'")
        .contains("run-1")
        .hasLineCount(1);
  }

  @Test
  void track_runningPod_writesSshEntry() throws IOException {
    String id = fake.addPod("from-website", "RUNNING");

    Result result = succeeded(rp.run("track", "web-1", id));

    assertThat(result.stdout()).contains("Tracking pod " + id + " as web-1 (running)");
    assertThat(Files.readString(home.resolve(".ssh/rp_config")))
        .contains("Host web-1")
        .contains("Port 40022");
    assertThat(succeeded(rp.run("__complete", "aliases")).stdout()).isEqualTo("web-1\n");
  }

  @Test
  void track_unknownPod_failsAndTracksNothing() {
    Result result = rp.run("track", "web-1", "nosuchpod123");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr())
        .isEqualTo(
            "rp: Pod 'nosuchpod123' was not found on the RunPod account; rp list --all shows the"
                + " pods that exist.\n");
    assertThat(home.resolve(".config/rp/pods.json")).doesNotExist();
  }

  @Test
  void track_existingAlias_needsForce() throws IOException {
    Map<String, String> ids = threePods();
    String other = fake.addPod("other", "EXITED");

    Result refused = rp.run("track", "stop-1", other);
    Result forced = succeeded(rp.run("track", "stop-1", other, "--force"));

    assertThat(refused.exitCode()).as(refused.describe()).isEqualTo(2);
    assertThat(refused.stderr()).contains(ids.get("stop-1")).contains("--force").hasLineCount(1);
    assertThat(forced.stdout()).contains("Tracking pod " + other + " as stop-1 (stopped)");
    Map<String, Object> shown = jsonObject(succeeded(rp.run("show", "stop-1", "--json")));
    assertThat(shown.get("id")).isEqualTo(other);
  }

  @Test
  void track_invalidAlias_isRejected() {
    String id = fake.addPod("from-website", "RUNNING");

    Result result = rp.run("track", "my pod", id);

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("rp: Invalid alias 'my pod'").hasLineCount(1);
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void track_missingPodId_isUsageError() {
    Result result = rp.run("track", "web-1");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stderr()).contains("POD_ID").hasLineCount(1);
    assertThat(result.stdout()).isEmpty();
  }

  @Test
  void untrack_removesAliasWithoutTouchingPod() throws IOException {
    Map<String, String> ids = threePods();
    fake.clearRequests();

    Result result = succeeded(rp.run("untrack", "stop-1"));

    assertThat(result.stdout()).contains("Stopped tracking stop-1").contains(ids.get("stop-1"));
    assertThat(fake.requests()).isEmpty();
    assertThat(fake.pod(ids.get("stop-1"))).isPresent();
    assertThat(succeeded(rp.run("__complete", "aliases")).stdout()).isEqualTo("gone-1\nrun-1\n");
  }

  @Test
  void untrack_missingAlias_listsAliasesUnlessMissingOk() throws IOException {
    threePods();

    Result missing = rp.run("untrack", "nope");
    Result missingOk = succeeded(rp.run("untrack", "nope", "--missing-ok"));

    assertThat(missing.exitCode()).as(missing.describe()).isEqualTo(2);
    assertThat(missing.stderr())
        .startsWith("rp: Unknown alias 'nope'")
        .contains("gone-1, run-1, stop-1")
        .hasLineCount(1);
    assertThat(missingOk.stdout()).isEmpty();
  }

  @Test
  void clean_vanishedPod_removesOnlyItsAlias() throws IOException {
    String kept = fake.addPod("kept", "RUNNING");
    String gone = fake.addPod("gone", "RUNNING");
    succeeded(rp.run("track", "kept", kept));
    succeeded(rp.run("track", "gone", gone));
    writeSchedule("kept", Instant.parse("2030-01-15T22:00:00Z"));
    fake.removePod(gone);

    Result result = succeeded(rp.run("clean"));

    assertThat(result.stdout())
        .contains("Removed alias gone: RunPod no longer has its pod.")
        .contains("Removed SSH config entry gone")
        .contains("Removed 1 finished scheduled task.");
    assertThat(result.stdout()).doesNotContain("alias kept");
    assertThat(succeeded(rp.run("__complete", "aliases")).stdout()).isEqualTo("kept\n");
    String sshConfig = Files.readString(home.resolve(".ssh/rp_config"));
    assertThat(sshConfig).contains("Host kept").doesNotContain("Host gone");
    assertThat(Files.readString(configDir().resolve("schedule.json")))
        .contains("550e8400")
        .doesNotContain("9a1b2c3d");
    assertThat(succeeded(rp.run("clean")).stdout()).isEqualTo("Nothing to clean.\n");
  }

  @Test
  void clean_serverError_keepsAlias() throws IOException {
    Map<String, String> ids = threePods();
    fake.on("GET", "/v2/pods/" + ids.get("gone-1")).serverError(10, 503);

    Result result = rp.run("clean");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr())
        .contains("rp: kept alias gone-1 because checking its pod failed: ")
        .contains("Run rp clean again later.");
    assertThat(result.stdout()).doesNotContain("Removed alias");
    assertThat(succeeded(rp.run("__complete", "aliases")).stdout())
        .isEqualTo("gone-1\nrun-1\nstop-1\n");
  }

  @Test
  void config_getSetClear_reportsEachChange() throws IOException {
    threePods();
    fake.clearRequests();

    Result get = succeeded(rp.run("config", "run-1", "path"));
    Result set = succeeded(rp.run("config", "run-1", "path=/workspace/other", "data=/data"));
    Result again = succeeded(rp.run("config", "run-1", "data=/data"));
    Result clear = succeeded(rp.run("config", "run-1", "path=", "never="));
    Result unset = rp.run("config", "run-1", "path");
    Result all = succeeded(rp.run("config", "run-1"));

    assertThat(get.stdout()).isEqualTo("/workspace/project\n");
    assertThat(set.stdout())
        .isEqualTo("path: /workspace/project -> /workspace/other\ndata: /data (new)\n");
    assertThat(again.stdout()).isEqualTo("data: /data (unchanged)\n");
    assertThat(clear.stdout())
        .isEqualTo("path: /workspace/other -> (cleared)\nnever: was not set\n");
    assertThat(unset.exitCode()).as(unset.describe()).isEqualTo(1);
    assertThat(unset.stdout()).isEmpty();
    assertThat(unset.stderr())
        .isEqualTo(
            "rp: Setting 'path' of run-1 is not set. Set it with rp config run-1 path=VALUE.\n");
    assertThat(all.stdout()).isEqualTo("data=/data\n");
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void config_withoutAlias_usesOnlyTrackedPod() throws IOException {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("solo", entry("solo123", "/w"));
    writePodsJson(metadata);

    Result get = succeeded(rp.run("config", "path"));
    Result set = succeeded(rp.run("config", "path=/x"));

    assertThat(get.stdout()).isEqualTo("/w\n");
    assertThat(get.stderr()).contains("Using solo");
    assertThat(set.stdout()).isEqualTo("path: /w -> /x\n");
  }

  @Test
  void config_invalidKeyOrMixedArguments_isRejected() throws IOException {
    threePods();

    Result badKey = rp.run("config", "run-1", "my key=1");
    Result mixed = rp.run("config", "run-1", "path", "data=/d");

    assertThat(badKey.exitCode()).as(badKey.describe()).isEqualTo(2);
    assertThat(badKey.stderr()).contains("'my key'").hasLineCount(1);
    assertThat(mixed.exitCode()).as(mixed.describe()).isEqualTo(2);
    assertThat(mixed.stderr()).contains("'path'").hasLineCount(1);
  }

  @Test
  void pythonPodsJson_survivesConfigAndTrack() throws IOException {
    String legacy = fake.addPod("legacy", "EXITED");
    String meta = fake.addPod("meta", "RUNNING");
    String fresh = fake.addPod("fresh", "EXITED");
    String python =
        """
        {
          "aliases": {
            "old-pod": "%1$s"
          },
          "pod_metadata": {
            "my-pod-1": {
              "pod_id": "%2$s",
              "config": {
                "path": "/workspace/myproject"
              },
              "note": "written by hand"
            }
          },
          "scheduled_tasks": [
            {"id": "1", "action": "stop", "alias": "old-pod", "when_epoch": 1704124800,
             "status": "completed", "created_at": "2025-01-01T12:00:00Z", "last_error": null}
          ],
          "pod_templates": {
            "ml-training": {
              "identifier": "ml-training",
              "alias_template": "ml-training-{i}",
              "gpu_spec": "2xA100",
              "storage_spec": "1TB",
              "container_disk_spec": null,
              "image": null,
              "config": {"path": "/workspace/ml"}
            }
          },
          "future_field": {"kept": true}
        }
        """
            .formatted(legacy, meta);
    Path podsFile = configDir().resolve("pods.json");
    Files.writeString(podsFile, python);
    Map<String, Object> before = parseFile(podsFile);

    List<Map<String, Object>> listed = jsonArray(succeeded(rp.run("list", "--json")));
    succeeded(rp.run("config", "my-pod-1", "path=/workspace/new"));
    succeeded(rp.run("track", "fresh-1", fresh));

    assertThat(listed)
        .extracting(row -> row.get("alias") + " " + row.get("id") + " " + row.get("status"))
        .containsExactlyInAnyOrder(
            "my-pod-1 " + meta + " running", "old-pod " + legacy + " stopped");
    Map<String, Object> after = parseFile(podsFile);
    assertThat(after.get("aliases")).isEqualTo(before.get("aliases"));
    assertThat(after.get("scheduled_tasks")).isEqualTo(before.get("scheduled_tasks"));
    assertThat(after.get("pod_templates")).isEqualTo(before.get("pod_templates"));
    assertThat(after.get("future_field")).isEqualTo(before.get("future_field"));
    Map<String, Object> metadata = asMap(after.get("pod_metadata"));
    assertThat(asMap(metadata.get("my-pod-1")))
        .containsEntry("pod_id", meta)
        .containsEntry("config", Map.of("path", "/workspace/new"))
        .containsEntry("note", "written by hand");
    assertThat(asMap(metadata.get("fresh-1"))).containsEntry("pod_id", fresh);
    assertThat(succeeded(rp.run("__complete", "aliases")).stdout())
        .isEqualTo("fresh-1\nmy-pod-1\nold-pod\n");
    assertThat(succeeded(rp.run("__complete", "templates")).stdout())
        .isEqualTo("2h100\n5090\na40\nh100\nml-training\n");
  }

  private static Map<String, Object> parseFile(Path file) throws IOException {
    return asMap(Json.parse(Files.readString(file)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object json) {
    return (Map<String, Object>) json;
  }
}

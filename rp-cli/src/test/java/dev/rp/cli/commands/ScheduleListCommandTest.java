package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.InProcessRp.Result;
import dev.rp.cli.output.Json;
import dev.rp.schedule.TaskStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleListCommandTest {

  @TempDir Path home;
  private ScheduleFixture fixture;
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @BeforeEach
  void setUp() {
    fixture = new ScheduleFixture(home);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void list_noTasks_printsHintOnStderr() {
    Result result = fixture.rp("schedule", "list");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("No pending tasks");
  }

  @Test
  void list_showsPendingOnlySoonestFirst() {
    fixture.addTask(
        "bbbbbbbb-2",
        "late",
        TaskStatus.PENDING,
        now.plus(Duration.ofHours(3)).plusSeconds(30),
        null);
    fixture.addTask(
        "aaaaaaaa-1",
        "soon",
        TaskStatus.PENDING,
        now.plus(Duration.ofHours(1)).plusSeconds(30),
        null);
    fixture.addTask("cccccccc-3", "done", TaskStatus.COMPLETED, now.minusSeconds(60), null);

    Result result = fixture.rp("schedule", "list");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).startsWith("ID ").contains("Action", "Alias", "When", "Status");
    assertThat(lines.get(2)).startsWith("aaaaaaaa  stop    soon").contains("in 1h", "pending");
    assertThat(lines.get(3)).startsWith("bbbbbbbb  stop    late").contains("in 3h");
    assertThat(lines).hasSize(4);
  }

  @Test
  void list_all_addsFinishedAfterPendingWithErrors() {
    fixture.addTask(
        "cccccccc-3", "gone", TaskStatus.FAILED, now.minusSeconds(600), "Pod not found");
    fixture.addTask(
        "aaaaaaaa-1", "flaky", TaskStatus.PENDING, now.minusSeconds(30), "503 Service Unavailable");

    Result result = fixture.rp("schedule", "list", "--all");

    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(2))
        .startsWith("aaaaaaaa")
        .endsWith("pending, 2 attempts, last error: 503 Service Unavailable");
    assertThat(lines.get(3))
        .startsWith("cccccccc")
        .contains("10m", " ago")
        .endsWith("failed: Pod not found");
  }

  @Test
  void list_longError_isShortenedInTable() {
    fixture.addTask("aaaaaaaa-1", "x", TaskStatus.FAILED, now, "e".repeat(200));

    Result result = fixture.rp("schedule", "list", "--all");

    assertThat(result.out()).contains("failed: " + "e".repeat(77) + "...\n");
  }

  @Test
  void list_json_hasStableKeys() throws Exception {
    Instant when = Instant.parse("2026-12-04T21:00:00Z");
    fixture.addTask("aaaaaaaa-1", "dev-1", TaskStatus.PENDING, when, "timeout");

    Result result = fixture.rp("schedule", "list", "--json");

    assertThat(result.exitCode()).isZero();
    List<?> tasks = (List<?>) Json.parse(result.out());
    Map<?, ?> task = (Map<?, ?>) tasks.get(0);
    assertThat(new ArrayList<Object>(task.keySet()))
        .containsExactly(
            "id",
            "action",
            "alias",
            "podId",
            "when",
            "whenEpoch",
            "status",
            "createdAt",
            "lastError",
            "attempts");
    assertThat(task.get("id")).isEqualTo("aaaaaaaa-1");
    assertThat(task.get("podId")).isEqualTo("pod-dev-1");
    assertThat(task.get("when")).isEqualTo("2026-12-04T21:00:00Z");
    assertThat(((Number) task.get("whenEpoch")).longValue()).isEqualTo(when.getEpochSecond());
    assertThat(task.get("status")).isEqualTo("pending");
    assertThat(task.get("createdAt")).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(task.get("lastError")).isEqualTo("timeout");
    assertThat(((Number) task.get("attempts")).intValue()).isEqualTo(2);
  }

  @Test
  void list_jsonWithoutTasks_isEmptyArray() {
    Result result = fixture.rp("schedule", "list", "--all", "--json");

    assertThat(result.out().strip()).isEqualTo("[]");
    assertThat(result.err()).isEmpty();
  }
}

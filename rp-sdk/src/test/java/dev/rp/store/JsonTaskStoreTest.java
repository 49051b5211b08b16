package dev.rp.store;

import static dev.rp.store.PythonRpFiles.SCHEDULE_JSON;
import static dev.rp.store.PythonRpFiles.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.StoreException;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.TaskStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTaskStoreTest {

  @TempDir Path dir;
  private Path scheduleFile;
  private JsonTaskStore store;

  @BeforeEach
  void setUp() {
    scheduleFile = dir.resolve("schedule.json");
    store = new JsonTaskStore(scheduleFile);
  }

  private static ScheduledTask task(String id, Instant when) {
    return ScheduledTask.builder()
        .id(id)
        .action(ScheduledTask.STOP)
        .alias("dev-1")
        .when(when)
        .status(TaskStatus.PENDING)
        .createdAt(Instant.parse("2025-01-01T12:00:00Z"))
        .build();
  }

  private static Void clear(List<ScheduledTask> tasks) {
    tasks.clear();
    return null;
  }

  @Test
  void all_pythonFile_readsFloatEpochsAndOffsets() throws IOException {
    Files.writeString(scheduleFile, SCHEDULE_JSON);

    List<ScheduledTask> tasks = store.all();

    assertThat(tasks).hasSize(2);
    ScheduledTask first = tasks.get(0);
    assertThat(first.id()).isEqualTo("550e8400-e29b-41d4-a716-446655440000");
    assertThat(first.when()).isEqualTo(Instant.ofEpochSecond(1704124800L));
    assertThat(first.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(first.lastError()).isEmpty();
    assertThat(first.podId()).isEmpty();
    assertThat(first.attempts()).isZero();
    assertThat(first.claimedUntil()).isEmpty();
    ScheduledTask second = tasks.get(1);
    assertThat(second.when()).isEqualTo(Instant.ofEpochSecond(1704128400L, 250_000_000L));
    assertThat(second.createdAt()).isEqualTo(Instant.parse("2025-01-01T13:00:00.123456Z"));
    assertThat(second.status()).isEqualTo(TaskStatus.FAILED);
    assertThat(second.lastError()).contains("pod not found");
  }

  @Test
  @SuppressWarnings("unchecked")
  void update_pythonFile_changesOnlyThatTask() throws IOException {
    Files.writeString(scheduleFile, SCHEDULE_JSON);

    store.update(
        tasks ->
            tasks.set(
                0,
                ScheduledTask.builder()
                    .from(tasks.get(0))
                    .status(TaskStatus.COMPLETED)
                    .attempts(1)
                    .podId("pod-9")
                    .build()));

    List<Object> expected = (List<Object>) tree(SCHEDULE_JSON);
    Map<String, Object> first = (Map<String, Object>) expected.get(0);
    first.put("status", "completed");
    // Rewritten from the task: a whole when_epoch becomes an integer, our fields are added.
    first.put("when_epoch", JsonNumber.of(1704124800L));
    first.put("pod_id", "pod-9");
    first.put("attempts", JsonNumber.of(1));
    first.put("claimed_until", null);
    assertThat(tree(scheduleFile)).isEqualTo(expected);
  }

  @Test
  void update_pythonFile_keepsUntouchedTaskBytes() throws IOException {
    Files.writeString(scheduleFile, SCHEDULE_JSON);

    store.update(tasks -> tasks.add(task("new", Instant.ofEpochSecond(1_800_000_000L))));

    String written = Files.readString(scheduleFile);
    assertThat(written)
        .startsWith(SCHEDULE_JSON.substring(0, SCHEDULE_JSON.lastIndexOf(']')).stripTrailing());
    assertThat(written).contains("\"when_epoch\": 1704128400.25", "\"max\": 3");
  }

  @Test
  void update_newTask_writesPythonFieldsAndOurs() throws IOException {
    Instant when = Instant.ofEpochSecond(1_800_000_000L, 500_000_000L);
    ScheduledTask task =
        ScheduledTask.builder()
            .from(task("id-1", when))
            .claimedUntil(Instant.ofEpochSecond(1_800_000_060L))
            .lastError("timed out")
            .build();

    store.update(tasks -> tasks.add(task));

    assertThat(Files.readString(scheduleFile))
        .isEqualTo(
            """
            [
              {
                "id": "id-1",
                "action": "stop",
                "alias": "dev-1",
                "when_epoch": 1800000000.5,
                "status": "pending",
                "created_at": "2025-01-01T12:00:00Z",
                "last_error": "timed out",
                "pod_id": null,
                "attempts": 0,
                "claimed_until": 1800000060
              }
            ]
            """);
    assertThat(store.all()).containsExactly(task);
  }

  @Test
  void update_removeTask_keepsOrderOfOthers() throws IOException {
    store.update(
        tasks ->
            tasks.addAll(
                List.of(
                    task("a", Instant.ofEpochSecond(1)),
                    task("b", Instant.ofEpochSecond(2)),
                    task("c", Instant.ofEpochSecond(3)))));

    store.update(tasks -> tasks.removeIf(task -> task.id().equals("b")));

    assertThat(store.all()).extracting(ScheduledTask::id).containsExactly("a", "c");
  }

  @Test
  void all_createdAtWithoutOffset_isUtc() throws IOException {
    Files.writeString(
        scheduleFile,
        "[{\"id\": \"x\", \"action\": \"stop\", \"alias\": \"a\", \"when_epoch\": 1,"
            + " \"created_at\": \"2025-01-01T12:00:00.123456\"}]");

    ScheduledTask task = store.all().get(0);

    assertThat(task.createdAt()).isEqualTo(Instant.parse("2025-01-01T12:00:00.123456Z"));
    assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
  }

  @Test
  void all_unknownStatus_listsAcceptedValues() throws IOException {
    Files.writeString(
        scheduleFile,
        "[\n  {\"id\": \"x\", \"action\": \"stop\", \"alias\": \"a\", \"when_epoch\": 1,"
            + " \"status\": \"paused\", \"created_at\": \"2025-01-01T12:00:00Z\"}\n]\n");

    assertThatThrownBy(store::all)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("[0].status at line 2, column 74")
        .hasMessageContaining(
            "must be one of pending, completed, failed, cancelled but is \"paused\"");
  }

  @Test
  void update_whenEpochString_reportsPathAndKeepsBytes() throws IOException {
    String broken =
        "[{\"id\": \"x\", \"action\": \"stop\", \"alias\": \"a\", \"when_epoch\": \"soon\","
            + " \"created_at\": \"2025-01-01T12:00:00Z\"}]";
    Files.writeString(scheduleFile, broken);

    assertThatThrownBy(() -> store.update(JsonTaskStoreTest::clear))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(scheduleFile.toString())
        .hasMessageContaining(
            "[0].when_epoch at line 1, column 60 must be a number but is a string");
    assertThat(Files.readString(scheduleFile)).isEqualTo(broken);
  }

  @Test
  void update_badCreatedAt_isRejected() throws IOException {
    Files.writeString(
        scheduleFile,
        "[{\"id\": \"x\", \"action\": \"stop\", \"alias\": \"a\", \"when_epoch\": 1,"
            + " \"created_at\": \"yesterday\"}]");

    assertThatThrownBy(store::all)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("[0].created_at")
        .hasMessageContaining(
            "must be an ISO-8601 time such as 2025-01-01T12:00:00Z but is \"yesterday\"");
  }

  @Test
  void update_truncatedFile_isNotOverwritten() throws IOException {
    String truncated = SCHEDULE_JSON.substring(0, SCHEDULE_JSON.indexOf("\"status\""));
    Files.writeString(scheduleFile, truncated);

    assertThatThrownBy(() -> store.update(JsonTaskStoreTest::clear))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("invalid JSON at line 7, column 5");
    assertThat(Files.readString(scheduleFile)).isEqualTo(truncated);
  }

  @Test
  void update_missingFile_writesEmptyArray() throws IOException {
    store.update(tasks -> tasks.add(task("a", Instant.ofEpochSecond(1))));
    store.update(JsonTaskStoreTest::clear);

    assertThat(Files.readString(scheduleFile)).isEqualTo("[]\n");
  }

  @Test
  void epochNumber_wholeAndFractional_areWrittenExactly() {
    assertThat(TaskCodec.epochNumber(Instant.ofEpochSecond(1704124800L)).literal())
        .isEqualTo("1704124800");
    assertThat(TaskCodec.epochNumber(Instant.ofEpochSecond(1704124800L, 1)).literal())
        .isEqualTo("1704124800.000000001");
    assertThat(TaskCodec.epochNumber(Instant.ofEpochSecond(-1L, 500_000_000L)).literal())
        .isEqualTo("-0.5");
  }
}

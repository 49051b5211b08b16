package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.InProcessRp.Result;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.StopOutcome;
import dev.rp.schedule.TaskStatus;
import dev.rp.schedule.TickResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerTickCommandTest {

  @Nested
  class Run {
    @TempDir Path home;
    private ScheduleFixture fixture;

    @BeforeEach
    void setUp() {
      fixture = new ScheduleFixture(home);
    }

    @AfterEach
    void tearDown() {
      fixture.close();
    }

    @Test
    void tick_noKeyAndNothingDue_printsNothing() {
      fixture.addPending("dev-1", Instant.now().plusSeconds(3600));

      Result result = fixture.rp("scheduler-tick");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).isEmpty();
    }

    @Test
    void tick_dueTaskWithoutKey_staysPending() {
      ScheduledTask task = fixture.addPending("dev-1", Instant.now().minusSeconds(1));

      Result result = fixture.rp("scheduler-tick");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out())
          .startsWith("Could not stop dev-1 (pod pod-dev-1) for task " + task.id().substring(0, 8))
          .contains("the next tick retries (attempt 1 of 30 failed)")
          .contains("RUNPOD_API_KEY")
          .hasLineCount(1);
      ScheduledTask saved = fixture.client.schedule().list(false).get(0);
      assertThat(saved.status()).isEqualTo(TaskStatus.PENDING);
      assertThat(saved.attempts()).isEqualTo(1);
      assertThat(saved.lastError()).isPresent();
    }

    @Test
    void tick_unreadableSchedule_exitsOne() throws Exception {
      Path config = Files.createDirectories(home.resolve(".config/rp"));
      Files.writeString(config.resolve("schedule.json"), "{not json");

      Result result = fixture.rp("scheduler-tick");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).startsWith("rp: ").contains("schedule.json").hasLineCount(1);
    }
  }

  @Nested
  class Describe {
    private final ScheduledTask pending =
        ScheduledTask.builder()
            .id("1234abcd-0000-0000-0000-000000000000")
            .action(ScheduledTask.STOP)
            .alias("dev-1")
            .podId("pod1")
            .when(Instant.parse("2026-12-04T21:00:00Z"))
            .status(TaskStatus.PENDING)
            .createdAt(Instant.parse("2026-12-04T20:00:00Z"))
            .attempts(1)
            .build();

    private TickResult result(
        TaskStatus status, StopOutcome outcome, String error, Duration lateness) {
      return TickResult.builder()
          .task(
              ScheduledTask.builder()
                  .from(pending)
                  .status(status)
                  .lastError(Optional.ofNullable(error))
                  .build())
          .outcome(Optional.ofNullable(outcome))
          .error(Optional.ofNullable(error))
          .lateness(lateness)
          .build();
    }

    @Test
    void describe_stopped_namesPodAndTask() {
      TickResult stopped =
          result(TaskStatus.COMPLETED, StopOutcome.STOPPED, null, Duration.ofSeconds(20));

      assertThat(SchedulerTickCommand.describe(stopped))
          .isEqualTo("Stopped dev-1 (pod pod1) for task 1234abcd.");
    }

    @Test
    void describe_overdue_saysHowLate() {
      TickResult late =
          result(TaskStatus.COMPLETED, StopOutcome.STOPPED, null, Duration.ofMinutes(125));

      assertThat(SchedulerTickCommand.describe(late))
          .isEqualTo("Stopped dev-1 (pod pod1) for task 1234abcd, 2h 5m after its time.");
    }

    @Test
    void describe_alreadyStopped_saysCompleted() {
      TickResult already =
          result(TaskStatus.COMPLETED, StopOutcome.ALREADY_STOPPED, null, Duration.ZERO);

      assertThat(SchedulerTickCommand.describe(already))
          .isEqualTo("dev-1 (pod pod1) was stopped already; task 1234abcd is completed.");
    }

    @Test
    void describe_retry_givesAttemptAndError() {
      TickResult retry = result(TaskStatus.PENDING, null, "503 from RunPod", Duration.ZERO);

      assertThat(SchedulerTickCommand.describe(retry))
          .isEqualTo(
              "Could not stop dev-1 (pod pod1) for task 1234abcd; the next tick retries"
                  + " (attempt 1 of 30 failed): 503 from RunPod");
    }

    @Test
    void describe_failed_givesReason() {
      TickResult failed = result(TaskStatus.FAILED, null, "Pod pod1 not found", Duration.ZERO);

      assertThat(SchedulerTickCommand.describe(failed))
          .isEqualTo("Failed to stop dev-1 (pod pod1) for task 1234abcd: Pod pod1 not found");
    }

    @Test
    void describe_cancelledWhileFailing_saysCancelled() {
      TickResult cancelled = result(TaskStatus.CANCELLED, null, "timeout", Duration.ZERO);

      assertThat(SchedulerTickCommand.describe(cancelled))
          .isEqualTo(
              "Could not stop dev-1 (pod pod1) for task 1234abcd, which was cancelled meanwhile:"
                  + " timeout");
    }

    @Test
    void describe_pythonTask_omitsPodId() {
      TickResult python =
          TickResult.builder()
              .from(result(TaskStatus.COMPLETED, StopOutcome.STOPPED, null, Duration.ZERO))
              .task(ScheduledTask.builder().from(pending).podId(Optional.empty()).build())
              .build();

      assertThat(SchedulerTickCommand.describe(python))
          .isEqualTo("Stopped dev-1 for task 1234abcd.");
    }
  }
}

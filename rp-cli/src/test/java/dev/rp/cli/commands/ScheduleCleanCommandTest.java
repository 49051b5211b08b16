package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.InProcessRp.Result;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.TaskStatus;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCleanCommandTest {

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
  void clean_removesFinishedAndKeepsPending() {
    Instant when = Instant.now();
    fixture.addTask("a", "dev-1", TaskStatus.COMPLETED, when, null);
    fixture.addTask("b", "dev-1", TaskStatus.FAILED, when, "gone");
    fixture.addTask("c", "dev-1", TaskStatus.CANCELLED, when, null);
    fixture.addTask("d", "dev-1", TaskStatus.PENDING, when, null);

    Result result = fixture.rp("schedule", "clean");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("Removed 3 finished tasks.\n");
    assertThat(fixture.client.schedule().list(true))
        .extracting(ScheduledTask::id)
        .containsExactly("d");
  }

  @Test
  void clean_nothingFinished_printsZero() {
    Result result = fixture.rp("schedule", "clean");

    assertThat(result.out()).isEqualTo("Removed 0 finished tasks.\n");
  }
}

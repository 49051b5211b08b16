package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.InProcessRp.Result;
import dev.rp.schedule.TaskStatus;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCancelCommandTest {

  @TempDir Path home;
  private ScheduleFixture fixture;
  private final Instant later = Instant.now().plusSeconds(3600);

  @BeforeEach
  void setUp() {
    fixture = new ScheduleFixture(home);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void cancel_shortId_cancelsThatTask() {
    fixture.addTask("1234abcd-aaaa", "dev-1", TaskStatus.PENDING, later, null);
    fixture.addTask("9876fedc-bbbb", "dev-2", TaskStatus.PENDING, later, null);

    Result result = fixture.rp("schedule", "cancel", "1234abcd");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("Cancelled task 1234abcd: stop dev-1 at ");
    assertThat(fixture.client.schedule().list(true))
        .extracting(task -> task.alias() + "=" + task.status())
        .containsExactlyInAnyOrder("dev-1=CANCELLED", "dev-2=PENDING");
  }

  @Test
  void cancel_ambiguousPrefix_isUsageErrorListingMatches() {
    fixture.addTask("1234abcd-aaaa", "dev-1", TaskStatus.PENDING, later, null);
    fixture.addTask("1234ffff-bbbb", "dev-2", TaskStatus.PENDING, later, null);

    Result result = fixture.rp("schedule", "cancel", "1234");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("rp: Task id '1234' is ambiguous")
        .contains("1234abcd-aaaa", "1234ffff-bbbb")
        .hasLineCount(1);
    assertThat(fixture.client.schedule().list(false)).hasSize(2);
  }

  @Test
  void cancel_unknownId_isUsageError() {
    fixture.addTask("1234abcd-aaaa", "dev-1", TaskStatus.PENDING, later, null);

    Result result = fixture.rp("schedule", "cancel", "ffff");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown task 'ffff'").contains("1234abcd");
  }

  @Test
  void cancel_finishedTask_isRejected() {
    fixture.addTask("1234abcd-aaaa", "dev-1", TaskStatus.COMPLETED, later, null);

    Result result = fixture.rp("schedule", "cancel", "1234abcd");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("completed already");
  }
}

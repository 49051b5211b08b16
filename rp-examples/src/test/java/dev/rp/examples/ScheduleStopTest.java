package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.NotFoundLocallyException;
import dev.rp.RunPodClient;
import dev.rp.schedule.ScheduledTask;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScheduleStopTest {
  @RegisterExtension final ExampleFixture fixture = ExampleFixture.withoutSshd();
  private RunPodClient client;

  @BeforeEach
  void setUp() throws Exception {
    client = fixture.client();
    client.pods().track("dev-1", fixture.fake().addPod("a", "RUNNING"), false);
    client.pods().track("dev-2", fixture.fake().addPod("b", "RUNNING"), false);
  }

  @Test
  void run_minutes_printsLocalTimeAndTasks() throws Exception {
    Instant before = Instant.now();
    fixture.output((c, out) -> ScheduleStop.run(c, out, "dev-2", "90"));

    String output = fixture.output((c, out) -> ScheduleStop.run(c, out, "dev-1", "30"));

    List<ScheduledTask> tasks = client.schedule().list(false);
    assertThat(tasks).extracting(ScheduledTask::alias).containsExactly("dev-1", "dev-2");
    assertThat(tasks.get(0).when())
        .isBetween(
            before.truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(30)),
            Instant.now().plus(Duration.ofMinutes(30)));
    // Such as: Stop of dev-1 at 2026-12-04 22:00:13 UTC, in 30m
    assertThat(output)
        .containsPattern(
            "Stop of dev-1 at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d(:\\d\\d)? \\S+.*, in 30m\n");
    assertThat(output).contains("Pending tasks:");
    assertThat(output).contains("  " + tasks.get(0).id().substring(0, 8) + "  stop dev-1 at ");
    // Scheduled a moment earlier, so it may be a second less than 90 minutes away now.
    assertThat(output).containsPattern("stop dev-2 at .*, in 1h (29|30)m\n");
  }

  @Test
  void run_noMinutes_schedulesInOneHour() throws Exception {
    String output = fixture.output((c, out) -> ScheduleStop.run(c, out, "dev-1"));

    assertThat(output).containsPattern("Stop of dev-1 at .*, in 1h\n");
  }

  @Test
  void run_unknownAlias_failsListingKnownAliases() {
    assertThatThrownBy(() -> fixture.output((c, out) -> ScheduleStop.run(c, out, "dev-9")))
        .isInstanceOf(NotFoundLocallyException.class)
        .hasMessageContaining("dev-1, dev-2");
    assertThat(client.schedule().list(true)).isEmpty();
  }
}

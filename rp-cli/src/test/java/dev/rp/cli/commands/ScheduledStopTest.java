package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.InvalidInputException;
import dev.rp.NotFoundLocallyException;
import dev.rp.cli.CliContext;
import dev.rp.cli.output.Terminal;
import dev.rp.schedule.ScheduledTask;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduled branch of rp stop, run in this JVM with a fixed clock and zone. */
class ScheduledStopTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  // Saturday before the switch to summer time: 02:00 to 03:00 on 2026-03-29 does not exist.
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-28T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path home;
  private ScheduleFixture fixture;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private ScheduledStop stop;

  @BeforeEach
  void setUp() {
    fixture = new ScheduleFixture(home);
    fixture.track("dev-1", "pod1");
    stop = new ScheduledStop(context(), CLOCK, BERLIN);
  }

  private CliContext context() {
    return new CliContext(
        fixture.env,
        Terminal.none(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_in_savesTaskWithPodId() {
    int exitCode = stop.run("dev-1", null, "2h", false);

    assertThat(exitCode).isZero();
    ScheduledTask task = fixture.client.schedule().list(false).get(0);
    assertThat(task.podId()).contains("pod1");
    assertThat(task.when()).isEqualTo(Instant.parse("2026-03-28T14:00:00Z"));
    String shortId = task.id().substring(0, 8);
    assertThat(out())
        .isEqualTo(
            "Scheduled a stop of dev-1 (pod pod1) at 2026-03-28 15:00:00 CET (Europe/Berlin), in"
                + " 2h.\nTask "
                + shortId
                + "; cancel it with: rp schedule cancel "
                + shortId
                + "\n");
  }

  @Test
  void run_inWithFractionalClock_printsDelayAsGivenWithSeconds() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-28T12:00:59.700Z"), ZoneOffset.UTC);
    ScheduledStop stopAt = new ScheduledStop(context(), clock, BERLIN);

    stopAt.run("dev-1", null, "1m", true);
    stopAt.run("dev-1", null, "1m", false);

    List<String> lines = out().lines().collect(Collectors.toList());
    assertThat(lines.get(0)).contains(" at 2026-03-28 13:02:00 CET (Europe/Berlin), in 1m.");
    assertThat(lines.get(1)).contains(" at 2026-03-28 13:02:00 CET (Europe/Berlin), in 1m.");
  }

  @Test
  void run_withoutLauncher_explainsManualTick() {
    stop.run("dev-1", "22:00", null, false);

    assertThat(err()).contains("No background runner was installed").contains("rp scheduler-tick");
  }

  @Test
  void run_secondStop_notesTheFirst() {
    stop.run("dev-1", null, "1h", false);
    String first = fixture.client.schedule().list(false).get(0).id().substring(0, 8);

    stop.run("dev-1", null, "2h", false);

    assertThat(err()).contains("Note: task " + first + " also stops dev-1 at 2026-03-28 14:00");
  }

  @Test
  void run_dryRun_savesNothing() {
    int exitCode = stop.run("dev-1", "tomorrow 9:30", null, true);

    assertThat(exitCode).isZero();
    assertThat(out())
        .isEqualTo(
            "Dry run: would schedule a stop of dev-1 (pod pod1) at 2026-03-29 09:30 CEST"
                + " (Europe/Berlin), in 19h 30m. Nothing was saved.\n");
    assertThat(home.resolve(".config/rp/schedule.json")).doesNotExist();
    assertThat(err()).doesNotContain("runner");
  }

  @Test
  void run_timeInGap_warns() {
    stop.run("dev-1", "2026-03-29 02:30", null, true);

    assertThat(err())
        .startsWith("Warning: 2026-03-29 02:30 does not exist in Europe/Berlin")
        .contains("using 2026-03-29 03:30 CEST");
    assertThat(out()).contains("at 2026-03-29 03:30 CEST");
  }

  @Test
  void run_unknownAlias_listsKnownOnes() {
    assertThatThrownBy(() -> stop.run("nope", null, "2h", true))
        .isInstanceOf(NotFoundLocallyException.class)
        .hasMessageContaining("dev-1");
  }

  @Test
  void run_invalidDelay_listsAcceptedForms() throws Exception {
    assertThatThrownBy(() -> stop.run("dev-1", null, "1.5h", false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Invalid delay '1.5h'")
        .hasMessageContaining("such as 3h, 45m, 90s");
    assertThat(Files.exists(home.resolve(".config/rp/schedule.json"))).isFalse();
  }

  @Test
  void run_withoutAlias_usesTheOnlyOne() {
    stop.run(null, null, "2h", false);

    assertThat(err()).contains("Using dev-1, the only tracked pod.");
    assertThat(fixture.client.schedule().list(false)).hasSize(1);
  }
}

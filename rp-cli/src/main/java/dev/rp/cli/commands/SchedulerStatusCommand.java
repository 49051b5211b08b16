package dev.rp.cli.commands;

import dev.rp.schedule.RunnerStatus;
import dev.rp.schedule.Schedule;
import dev.rp.schedule.ScheduleTimes;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code rp scheduler status}: reports whether the background job is installed. */
@Command(
    name = "status",
    header = "Shows whether the background scheduler is installed.",
    footerHeading = "%nExamples:%n",
    description =
        "Prints which background job is installed and whether it is active, its file and log,"
            + " when the tick last ran, and the pending tasks it will run.",
    footer = {"  rp scheduler status"})
public final class SchedulerStatusCommand extends BaseCommand {

  // A runner ticks every minute, so a task this overdue without a tick since means it stopped.
  private static final Duration MISSED_AFTER = Duration.ofMinutes(5);

  /** Prints the runner's state and the pending tasks. */
  @Override
  public Integer call() {
    Clock clock = Clock.systemUTC();
    ZoneId zone = ZoneId.systemDefault();
    Schedule schedule = context().client().schedule();
    RunnerStatus status = schedule.runner(Launcher.forStatus()).status();
    List<ScheduledTask> pending = schedule.list(false);

    out().println("Runner:     " + status.runner().displayName() + state(status));
    status.file().ifPresent(file -> out().println("File:       " + file));
    status.log().ifPresent(log -> out().println("Log:        " + log));
    Optional<Instant> lastTick = status.lastTick();
    out()
        .println(
            "Last tick:  "
                + lastTick.map(tick -> ScheduleTimes.describe(tick, clock, zone)).orElse("never"));
    out().println("Pending:    " + pending(pending, clock, zone));
    out().println(status.message());

    Instant overdue = clock.instant().minus(MISSED_AFTER);
    pending.stream()
        .filter(task -> task.when().isBefore(overdue))
        .filter(task -> lastTick.map(tick -> tick.isBefore(task.when())).orElse(true))
        .findFirst()
        .ifPresent(
            task ->
                err()
                    .println(
                        "Warning: task "
                            + Scheduler.shortId(task.id())
                            + " was due at "
                            + ScheduleTimes.describe(task.when(), clock, zone)
                            + ", and no tick has run since, so the background runner is not"
                            + " working. Run rp scheduler install to repair it, or rp"
                            + " scheduler-tick to run the due tasks now."));
    return OK;
  }

  private static String state(RunnerStatus status) {
    if (!status.installed()) {
      return " (not installed)";
    }
    return status.active() ? " (installed, active)" : " (installed, not active)";
  }

  private static String pending(List<ScheduledTask> pending, Clock clock, ZoneId zone) {
    if (pending.isEmpty()) {
      return "no tasks";
    }
    ScheduledTask next = pending.get(0);
    String count = pending.size() == 1 ? "1 task" : pending.size() + " tasks";
    return count
        + ", next: "
        + next.action()
        + " "
        + next.alias()
        + " at "
        + ScheduleTimes.describe(next.when(), clock, zone);
  }
}

package dev.rp.cli.commands;

import dev.rp.schedule.ScheduleTimes;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.Scheduler;
import dev.rp.schedule.StopOutcome;
import dev.rp.schedule.TaskStatus;
import dev.rp.schedule.TickResult;
import java.time.Duration;
import picocli.CommandLine.Command;

/** {@code rp scheduler-tick}: runs the scheduled tasks that are due. */
@Command(
    name = "scheduler-tick",
    header = "Runs the scheduled tasks that are due.",
    footerHeading = "%nExamples:%n",
    description = {
      "Runs the scheduled tasks that are due and records each outcome, printing one line per"
          + " task. The installed scheduler calls it every minute; running it by hand is safe,"
          + " since ticks that run at the same time send each stop once.",
      "Exits with 0 when a stop failed too (the task records the error), and with 1 only when"
          + " the schedule could not be read or saved. It reads the API key only when a task is"
          + " due."
    },
    footer = {"  rp scheduler-tick", "  rp scheduler-tick --verbose"})
public final class SchedulerTickCommand extends BaseCommand {

  // A runner ticks every minute, so a task less late than this ran on time.
  private static final Duration ON_TIME = Duration.ofMinutes(1);

  /** Runs one tick and prints a line for each task it handled. */
  @Override
  public Integer call() {
    // client() rather than apiClient(), so the key is resolved only when a task is due and is
    // never prompted for.
    for (TickResult result : context().client().schedule().tick()) {
      out().println(describe(result));
    }
    return OK;
  }

  /** Returns the line printed for one task the tick handled. */
  static String describe(TickResult result) {
    ScheduledTask task = result.task();
    String pod = task.alias() + task.podId().map(id -> " (pod " + id + ")").orElse("");
    String taskId = "task " + Scheduler.shortId(task.id());
    String late = late(result.lateness());
    if (result.outcome().isPresent()) {
      return result.outcome().get() == StopOutcome.ALREADY_STOPPED
          ? pod + " was stopped already; " + taskId + " is completed" + late + "."
          : "Stopped " + pod + " for " + taskId + late + ".";
    }
    String error = result.error().orElse("unknown error");
    if (result.willRetry()) {
      return String.format(
          "Could not stop %s for %s%s; the next tick retries (attempt %d of %d failed): %s",
          pod, taskId, late, task.attempts(), Scheduler.MAX_ATTEMPTS, error);
    }
    if (task.status() == TaskStatus.CANCELLED) {
      return "Could not stop "
          + pod
          + " for "
          + taskId
          + ", which was cancelled meanwhile: "
          + error;
    }
    return "Failed to stop "
        + pod
        + " for "
        + taskId
        + late
        + ": "
        + task.lastError().orElse(error);
  }

  private static String late(Duration lateness) {
    return lateness.compareTo(ON_TIME) < 0
        ? ""
        : ", " + ScheduleTimes.formatDuration(lateness) + " after its time";
  }
}

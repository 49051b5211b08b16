package dev.rp.cli.commands;

import dev.rp.schedule.ScheduleTimes;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.Scheduler;
import java.time.Clock;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rp schedule cancel}: cancels a pending task. */
@Command(
    name = "cancel",
    header = "Cancels a scheduled task.",
    footerHeading = "%nExamples:%n",
    description =
        "Cancels a pending scheduled task; it stays listed as cancelled until cleaned. The id"
            + " may be shortened to any prefix that only one task has, such as the 8 characters"
            + " rp schedule list prints.",
    footer = {
      "  rp schedule cancel 550e8400",
      "  rp schedule cancel 550e8400-e29b-41d4-a716-446655440000"
    })
public final class ScheduleCancelCommand extends BaseCommand {

  @Parameters(
      index = "0",
      paramLabel = "TASK_ID",
      description = "Id of the task, or its first characters, as rp schedule list prints it.")
  String taskId;

  /** Cancels the task and prints which one it was. */
  @Override
  public Integer call() {
    ScheduledTask task = context().client().schedule().cancel(taskId);
    out()
        .println(
            "Cancelled task "
                + Scheduler.shortId(task.id())
                + ": "
                + task.action()
                + " "
                + task.alias()
                + " at "
                + ScheduleTimes.describe(task.when(), Clock.systemUTC(), ZoneId.systemDefault())
                + ".");
    return OK;
  }
}

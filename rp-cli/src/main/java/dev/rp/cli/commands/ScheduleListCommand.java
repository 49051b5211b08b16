package dev.rp.cli.commands;

import dev.rp.cli.output.Json;
import dev.rp.cli.output.Table;
import dev.rp.schedule.ScheduleTimes;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.Scheduler;
import dev.rp.schedule.TaskStatus;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rp schedule list}: lists scheduled tasks. */
@Command(
    name = "list",
    header = "Lists scheduled tasks.",
    footerHeading = "%nExamples:%n",
    description =
        "Lists pending scheduled tasks, soonest first, with their short id, action, alias, due"
            + " time and status. A pending task whose last attempt failed shows the error.",
    footer = {"  rp schedule list", "  rp schedule list --all", "  rp schedule list --all --json"})
public final class ScheduleListCommand extends BaseCommand {

  // The table cuts longer errors, and --json prints them whole.
  private static final int MAX_ERROR_LENGTH = 80;

  @Option(names = "--all", description = "Also lists completed, failed and cancelled tasks.")
  boolean all;

  @Option(
      names = "--json",
      description =
          "Prints the tasks as a JSON array of objects with the keys id, action, alias, podId,"
              + " when (ISO-8601 UTC), whenEpoch, status, createdAt, lastError and attempts.")
  boolean json;

  /** Prints the tasks as a table or as JSON. */
  @Override
  public Integer call() {
    List<ScheduledTask> tasks = context().client().schedule().list(all);
    if (json) {
      Json.print(tasks.stream().map(ScheduleListCommand::toJson).toList(), out());
      return OK;
    }
    if (tasks.isEmpty()) {
      String hint = all ? "" : " rp schedule list --all also shows finished ones.";
      err().println((all ? "No scheduled tasks." : "No pending tasks.") + hint);
      return OK;
    }
    Clock clock = Clock.systemUTC();
    ZoneId zone = ZoneId.systemDefault();
    Table table =
        Table.of(
            Table.Column.left("ID"),
            Table.Column.left("Action"),
            Table.Column.left("Alias"),
            Table.Column.left("When"),
            Table.Column.left("Status"));
    for (ScheduledTask task : tasks) {
      table.addRow(
          Scheduler.shortId(task.id()),
          task.action(),
          task.alias(),
          ScheduleTimes.describe(task.when(), clock, zone),
          status(task));
    }
    table.print(out());
    return OK;
  }

  /** Returns the status with the last error of a failed task or a pending one that failed. */
  static String status(ScheduledTask task) {
    String status = task.status().jsonName();
    if (task.lastError().isEmpty()) {
      return status;
    }
    String error = shorten(task.lastError().get());
    if (task.status() == TaskStatus.PENDING) {
      String attempts = task.attempts() == 1 ? "1 attempt" : task.attempts() + " attempts";
      return status + ", " + attempts + ", last error: " + error;
    }
    return status + ": " + error;
  }

  private static String shorten(String error) {
    String line = error.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX_ERROR_LENGTH
        ? line
        : line.substring(0, MAX_ERROR_LENGTH - 3) + "...";
  }

  /** Returns the task with the stable keys of {@code --json}, in a fixed order. */
  static Map<String, Object> toJson(ScheduledTask task) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", task.id());
    json.put("action", task.action());
    json.put("alias", task.alias());
    json.put("podId", task.podId().orElse(null));
    json.put("when", task.when().toString());
    json.put("whenEpoch", task.when().getEpochSecond());
    json.put("status", task.status().jsonName());
    json.put("createdAt", task.createdAt().toString());
    json.put("lastError", task.lastError().orElse(null));
    json.put("attempts", task.attempts());
    return json;
  }
}

package dev.rp.cli.commands;

import dev.rp.NotFoundLocallyException;
import dev.rp.RunPodClient;
import dev.rp.RunPodException;
import dev.rp.cli.AliasChoice;
import dev.rp.cli.CliContext;
import dev.rp.schedule.ResolvedTime;
import dev.rp.schedule.RunnerStatus;
import dev.rp.schedule.ScheduleTimes;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.Scheduler;
import dev.rp.schedule.SchedulerRunner;
import dev.rp.store.PodAlias;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduled branch of {@code rp stop}, with {@code --at} or {@code --in}: saves a stop task
 * and, the first time, installs the background runner that carries it out.
 *
 * <p>It sends no API request, so it needs no API key: the tick that runs the task reads the key
 * when the task is due.
 */
final class ScheduledStop {

  private final CliContext context;
  private final Clock clock;
  private final ZoneId zone;

  ScheduledStop(CliContext context) {
    this(context, Clock.systemUTC(), ZoneId.systemDefault());
  }

  ScheduledStop(CliContext context, Clock clock, ZoneId zone) {
    this.context = context;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Schedules the stop of {@code alias} (asked for when null) at {@code at} or after {@code in},
   * exactly one of which is set, and returns the exit code.
   *
   * @throws dev.rp.InvalidInputException when the time is invalid or the alias is unknown
   */
  int run(String alias, String at, String in, boolean dryRun) {
    // One instant for the time and its description, so that --in 1m prints as in 1m.
    Clock now = Clock.fixed(clock.instant(), zone);
    ResolvedTime time =
        ScheduleTimes.resolve(Optional.ofNullable(at), Optional.ofNullable(in), now, zone)
            .orElseThrow(() -> new IllegalStateException("--at or --in must be set"));
    time.warnings().forEach(warning -> err().println("Warning: " + warning));
    String chosen = AliasChoice.resolve(context, alias, "stop");

    RunPodClient client = context.client();
    String when = ScheduleTimes.describe(time.when(), now, zone, in != null);
    if (dryRun) {
      PodAlias tracked = tracked(client, chosen);
      out()
          .println(
              "Dry run: would schedule a stop of "
                  + chosen
                  + " (pod "
                  + tracked.podId()
                  + ") at "
                  + when
                  + ". Nothing was saved.");
      return BaseCommand.OK;
    }

    List<ScheduledTask> earlier = client.pods().alias(chosen).scheduledTasks();
    ScheduledTask task = client.pods().alias(chosen).stopAt(time.when());
    String shortId = Scheduler.shortId(task.id());
    out()
        .println(
            "Scheduled a stop of "
                + chosen
                + task.podId().map(id -> " (pod " + id + ")").orElse("")
                + " at "
                + when
                + ".");
    out().println("Task " + shortId + "; cancel it with: rp schedule cancel " + shortId);
    for (ScheduledTask other : earlier) {
      err()
          .println(
              "Note: task "
                  + Scheduler.shortId(other.id())
                  + " also stops "
                  + chosen
                  + " at "
                  + ScheduleTimes.describe(other.when(), clock, zone)
                  + ".");
    }
    ensureRunner(client);
    return BaseCommand.OK;
  }

  private static PodAlias tracked(RunPodClient client, String alias) {
    Map<String, PodAlias> aliases = client.stores().aliases().all();
    PodAlias tracked = aliases.get(alias);
    if (tracked == null) {
      throw new NotFoundLocallyException("alias", alias, new ArrayList<>(aliases.keySet()));
    }
    return tracked;
  }

  /**
   * Installs the background runner unless one is installed and active. A failure is reported and
   * does not fail the command, because the task is saved and a later tick runs it.
   */
  private void ensureRunner(RunPodClient client) {
    Optional<Path> launcher = Launcher.installed();
    if (launcher.isEmpty()) {
      err().println(Launcher.missingMessage());
      return;
    }
    try {
      SchedulerRunner runner = client.schedule().runner(launcher.get());
      RunnerStatus status = runner.status();
      if (status.installed() && status.active()) {
        return;
      }
      RunnerOutput.print(runner.install(), err(), err());
    } catch (RunPodException e) {
      err()
          .println(
              "rp: the stop is scheduled, but the background runner could not be installed: "
                  + e.getMessage()
                  + " Run rp scheduler install to try again.");
    }
  }

  private PrintStream out() {
    return context.out();
  }

  private PrintStream err() {
    return context.err();
  }
}

package dev.rp.cli.commands;

import dev.rp.RunPodClient;
import dev.rp.cli.AliasChoice;
import dev.rp.cli.completion.AliasCandidates;
import dev.rp.pods.TrackedPod;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp stop}: stops a pod now, or schedules its stop. */
@Command(
    name = "stop",
    header = "Stops a pod now, or schedules its stop.",
    footerHeading = "%nExamples:%n",
    description = {
      "Stops a running pod now and removes its SSH config entry, or schedules the stop with"
          + " --at or --in. The volume is kept; GPUs are released.",
      "Without ALIAS, asks which tracked pod to stop."
    },
    footer = {
      "  rp stop my-pod",
      "  rp stop my-pod --at 22:00",
      "  rp stop my-pod --at \"tomorrow 09:30\"",
      "  rp stop my-pod --in 1d3h --dry-run"
    })
public final class StopCommand extends BaseCommand {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod to stop.")
  String alias;

  @ArgGroup(exclusive = true)
  When when;

  @Option(
      names = "--dry-run",
      description = "Prints what would be stopped or scheduled; changes nothing.")
  boolean dryRun;

  /** The two mutually exclusive ways to schedule the stop. */
  static final class When {
    @Option(
        names = "--at",
        paramLabel = "TIME",
        description =
            "Schedules the stop at a local time, on a 24-hour clock: 22:00 (today, or"
                + " tomorrow once past), \"tomorrow 09:30\" or \"2026-12-05 09:30\".")
    String at;

    @Option(
        names = "--in",
        paramLabel = "DURATION",
        description = "Schedules the stop after a duration, such as 45m, 3h, 2h30m or 1d2h30m.")
    String in;
  }

  /** Stops the pod now, or schedules its stop when --at or --in is given. */
  @Override
  public Integer call() {
    String chosen = AliasChoice.resolve(context(), alias, "stop");
    if (when != null) {
      return schedule(chosen);
    }
    RunPodClient client = context().apiClient();
    if (dryRun) {
      TrackedPod pod = client.pods().get(chosen);
      out()
          .println(
              "Would stop "
                  + chosen
                  + " (pod "
                  + pod.podId()
                  + ", "
                  + pod.statusLabel()
                  + " now) and remove its SSH entry. Nothing was changed.");
      return OK;
    }
    TrackedPod stopped = client.pods().alias(chosen).stop();
    out().println("Stopped " + chosen + " (pod " + stopped.podId() + ")");
    autoClean();
    return OK;
  }

  /** Schedules the stop of {@code chosen} at {@code --at} or after {@code --in}. */
  private Integer schedule(String chosen) {
    return new ScheduledStop(context()).run(chosen, when.at, when.in, dryRun);
  }
}

package dev.rp.cli.commands;

import dev.rp.cli.DurationConverter;
import dev.rp.cli.completion.AliasCandidates;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp start}: starts a stopped pod and waits until SSH works. */
@Command(
    name = "start",
    header = "Starts a stopped pod and waits until it accepts SSH.",
    footerHeading = "%nExamples:%n",
    description = {
      "Starts a stopped pod, waits until it runs and accepts SSH, updates its SSH config entry"
          + " (the port usually changes) and runs setup.sh on it.",
      "Without ALIAS, asks which tracked pod to start."
    },
    footer = {"  rp start my-pod", "  rp start my-pod --timeout 20m", "  rp start"})
public final class StartCommand extends BaseCommand {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod to start.")
  String alias;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "10m",
      converter = DurationConverter.class,
      description =
          "How long to wait for the pod to run and accept SSH, such as 90s or 10m;"
              + " default: ${DEFAULT-VALUE}.")
  Duration timeout;
}

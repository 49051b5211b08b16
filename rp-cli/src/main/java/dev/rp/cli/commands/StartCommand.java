package dev.rp.cli.commands;

import dev.rp.cli.completion.AliasCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin WaitOptions wait;
}

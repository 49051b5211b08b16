package dev.rp.cli.commands;

import dev.rp.cli.completion.AliasCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rp shell}: opens an interactive SSH shell on a pod. */
@Command(
    name = "shell",
    header = "Opens an SSH shell on a pod.",
    footerHeading = "%nExamples:%n",
    description = {
      "Opens an interactive SSH shell on the pod, with agent forwarding, in the pod's path"
          + " setting when it has one.",
      "Without ALIAS, asks which tracked pod to open."
    },
    footer = {"  rp shell my-pod", "  rp shell"})
public final class ShellCommand extends BaseCommand {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod to open a shell on.")
  String alias;
}

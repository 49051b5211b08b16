package dev.rp.cli.commands;

import dev.rp.cli.completion.AliasCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp show}: prints the details of one pod. */
@Command(
    name = "show",
    header = "Shows the details of one pod.",
    footerHeading = "%nExamples:%n",
    description = {
      "Shows a pod's id, status, GPUs, storage, cost per hour, SSH address, image, settings and"
          + " scheduled tasks.",
      "Without ALIAS, asks which tracked pod to show."
    },
    footer = {"  rp show my-pod", "  rp show my-pod --json"})
public final class ShowCommand extends BaseCommand {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod to show.")
  String alias;

  @Option(names = "--json", description = "Prints the details as a JSON object.")
  boolean json;
}

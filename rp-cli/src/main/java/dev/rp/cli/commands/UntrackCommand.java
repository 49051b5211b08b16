package dev.rp.cli.commands;

import dev.rp.cli.completion.AliasCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp untrack}: forgets an alias without touching its pod. */
@Command(
    name = "untrack",
    header = "Stops tracking a pod, leaving the pod as it is.",
    footerHeading = "%nExamples:%n",
    description =
        "Stops tracking a pod: removes its alias and SSH config entry. The pod itself keeps"
            + " running and billing; use rp destroy to delete it.",
    footer = {"  rp untrack my-pod", "  rp untrack old-pod --missing-ok"})
public final class UntrackCommand extends BaseCommand {

  @Parameters(
      index = "0",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias to remove.")
  String alias;

  @Option(names = "--missing-ok", description = "Succeeds when the alias does not exist.")
  boolean missingOk;
}

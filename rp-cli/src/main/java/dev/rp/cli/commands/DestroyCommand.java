package dev.rp.cli.commands;

import dev.rp.cli.completion.AliasCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp destroy}: terminates a pod and forgets its alias. */
@Command(
    name = "destroy",
    header = "Terminates a pod and deletes its data.",
    footerHeading = "%nExamples:%n",
    description = {
      "Terminates a pod, deleting it and all data on it, then removes its alias and SSH config"
          + " entry. Asks for confirmation unless --force is given.",
      "Without ALIAS, asks which tracked pod to destroy."
    },
    footer = {"  rp destroy my-pod", "  rp destroy my-pod --force"})
public final class DestroyCommand extends BaseCommand {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod to destroy.")
  String alias;

  @Option(
      names = {"-f", "--force"},
      description =
          "Destroys without asking for confirmation; needed when stdin is not a terminal.")
  boolean force;
}

package dev.rp.cli.commands;

import dev.rp.RunPodClient;
import dev.rp.cli.AliasChoice;
import dev.rp.cli.completion.AliasCandidates;
import dev.rp.cli.output.TerminalRequiredException;
import dev.rp.pods.TrackedPod;
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
          + " entry. Asks for confirmation unless --force is given; without a terminal to ask"
          + " on and without --force, destroys nothing and exits with 2.",
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

  @Override
  public Integer call() {
    String chosen = AliasChoice.resolve(context(), alias, "destroy");
    if (!force && !context().prompts().interactive()) {
      throw new TerminalRequiredException(
          "rp destroy asks for confirmation, but stdin is not a terminal. Pass --force to destroy "
              + chosen
              + " and all data on it without asking.");
    }
    RunPodClient client = context().apiClient();
    TrackedPod pod = client.pods().get(chosen);
    if (!force && !confirmed(pod)) {
      err().println("Cancelled; " + chosen + " was not destroyed.");
      return OK;
    }
    int cancelled = client.pods().alias(chosen).destroy().size();
    out().println("Destroyed " + chosen);
    if (cancelled > 0) {
      err()
          .println(
              "Cancelled "
                  + cancelled
                  + (cancelled == 1 ? " scheduled stop" : " scheduled stops")
                  + " of "
                  + chosen
                  + ".");
    }
    autoClean();
    return OK;
  }

  private boolean confirmed(TrackedPod pod) {
    return context()
        .prompts()
        .confirm(
            "Terminate pod "
                + pod.podId()
                + " ("
                + pod.alias()
                + ")? Its volume and all data on it are deleted.",
            "--force");
  }
}

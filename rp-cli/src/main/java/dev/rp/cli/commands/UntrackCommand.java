package dev.rp.cli.commands;

import dev.rp.cli.completion.AliasCandidates;
import dev.rp.pods.Pods;
import dev.rp.store.PodAlias;
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

  /** Removes the alias and its SSH entry, without any request to the API. */
  @Override
  public Integer call() {
    Pods pods = context().client().pods();
    PodAlias before = context().client().stores().aliases().all().get(alias);
    if (!pods.untrack(alias, missingOk)) {
      err().println("No alias " + alias + " to untrack.");
      return OK;
    }
    if (before == null) {
      // Another rp process added the alias after it was read here.
      out().println("Stopped tracking " + alias + ".");
    } else {
      out()
          .println(
              "Stopped tracking "
                  + alias
                  + ". Pod "
                  + before.podId()
                  + " is unchanged and bills as before while it runs; rp track "
                  + alias
                  + " "
                  + before.podId()
                  + " tracks it again.");
    }
    return OK;
  }
}

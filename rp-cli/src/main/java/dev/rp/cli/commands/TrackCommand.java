package dev.rp.cli.commands;

import dev.rp.NotFoundException;
import dev.rp.RunPodException;
import dev.rp.pods.TrackedPod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp track}: gives an alias to a pod that exists on the account. */
@Command(
    name = "track",
    header = "Tracks an existing pod under an alias.",
    footerHeading = "%nExamples:%n",
    description = {
      "Tracks an existing pod, such as one created on RunPod's website, under an alias, and"
          + " writes its SSH config entry when it runs.",
      "Without --force, an alias that already tracks another pod is left as it is."
    },
    footer = {
      "  rp track my-existing-pod 89qgenjznh5t2j",
      "  rp track my-pod k3nf83hdk3nd92 --force"
    })
public final class TrackCommand extends BaseCommand {

  @Parameters(
      index = "0",
      paramLabel = "ALIAS",
      description = "Alias to give the pod, also its SSH host name.")
  String alias;

  @Parameters(
      index = "1",
      paramLabel = "POD_ID",
      description = "RunPod's id of the pod, such as 89qgenjznh5t2j.")
  String podId;

  @Option(
      names = {"-f", "--force"},
      description = "Replaces an existing alias of the same name.")
  boolean force;

  /** Tracks the pod after checking with the API that it exists. */
  @Override
  public Integer call() {
    TrackedPod tracked;
    try {
      tracked = context().apiClient().pods().track(alias, podId, force);
    } catch (NotFoundException notFound) {
      throw new RunPodException(
          "Pod '"
              + podId
              + "' was not found on the RunPod account; rp list --all shows the pods that exist.",
          notFound);
    }
    String status = tracked.statusLabel();
    out()
        .println(
            "Tracking pod " + tracked.podId() + " as " + tracked.alias() + " (" + status + ").");
    if ("running".equals(status)) {
      out().println("Connect with rp shell " + tracked.alias() + ".");
    } else if ("stopped".equals(status)) {
      out().println("Start it with rp start " + tracked.alias() + ".");
    }
    return OK;
  }
}

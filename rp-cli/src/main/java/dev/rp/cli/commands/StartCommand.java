package dev.rp.cli.commands;

import dev.rp.HostGpusTakenException;
import dev.rp.RunPodClient;
import dev.rp.RunPodException;
import dev.rp.cli.AliasChoice;
import dev.rp.cli.InterruptNotice;
import dev.rp.cli.ProgressReporter;
import dev.rp.cli.completion.AliasCandidates;
import dev.rp.cli.output.Money;
import dev.rp.gpu.Cloud;
import dev.rp.gpu.GpuType;
import dev.rp.pods.Pod;
import dev.rp.pods.TrackedPod;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
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
          + " (the port usually changes) and runs setup.sh on it. A pod that already runs is only"
          + " waited for, and setup.sh runs again.",
      "A setup.sh that fails is reported on stderr but does not fail the command.",
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

  @Override
  public Integer call() {
    RunPodClient client = context().apiClient();
    String chosen = AliasChoice.resolve(context(), alias, "start");
    TrackedPod before = client.pods().get(chosen);
    before.pod().ifPresent(pod -> err().println(describe(before, pod, hourlyCost(client, pod))));

    TrackedPod started;
    try (ProgressReporter progress = new ProgressReporter(context(), chosen);
        InterruptNotice notice = InterruptNotice.install(interrupted(before), progress::close)) {
      started = client.pods().alias(chosen).timeout(wait.timeout()).progress(progress).start();
    } catch (HostGpusTakenException e) {
      err().print(hostGpusTaken(chosen, before.podId()));
      return FAILED;
    }
    double cost = started.pod().map(Pod::costPerHour).orElse(0.0);
    out().print(PodSummary.ready(started, SshEntries.summary(client.paths(), chosen), cost));
    autoClean();
    return OK;
  }

  /**
   * Returns the line printed before the start of {@code tracked}, whose API state is {@code pod}:
   * its status, GPUs, cloud and {@code cost}.
   */
  static String describe(TrackedPod tracked, Pod pod, String cost) {
    String gpus = pod.gpuTypeId().map(type -> pod.gpuCount() + "x " + type).orElse("no GPU");
    String cloud =
        pod.cloud().map(c -> ", " + c.name().toLowerCase(Locale.ROOT) + " cloud").orElse("");
    return "Starting "
        + tracked.alias()
        + " (pod "
        + pod.id()
        + ", "
        + tracked.statusLabel()
        + "): "
        + gpus
        + cloud
        + ", "
        + cost;
  }

  private static String hourlyCost(RunPodClient client, Pod pod) {
    if (pod.costPerHour() > 0) {
      return Money.perHour(pod.costPerHour());
    }
    // A stopped pod's cost is zero, so what it costs once running is the catalog's list price.
    Optional<String> gpuTypeId = pod.gpuTypeId();
    if (gpuTypeId.isEmpty()) {
      return "cost unknown";
    }
    Cloud cloud = pod.cloud().orElse(Cloud.SECURE);
    try {
      return client.gpus().list().stream()
          .filter(type -> type.id().equals(gpuTypeId.get()))
          .findFirst()
          .map(type -> listPrice(type, cloud, pod.gpuCount()) + " once running")
          .orElse("cost unknown");
    } catch (RunPodException e) {
      // The price is only informative, and the start reports any API failure itself.
      return "cost unknown";
    }
  }

  private static String listPrice(GpuType type, Cloud cloud, int count) {
    BigDecimal total = BigDecimal.valueOf(type.price(cloud)).multiply(BigDecimal.valueOf(count));
    return Money.amount(total) + "/hour";
  }

  private static String interrupted(TrackedPod pod) {
    return "pod "
        + pod.podId()
        + " is tracked as "
        + pod.alias()
        + " and still starting (and billing once it runs). Resume with rp start "
        + pod.alias()
        + ", or remove it with rp destroy "
        + pod.alias()
        + ".";
  }

  /**
   * Returns the explanation printed when the GPUs of a stopped pod's host machine are taken, with
   * the three options the user has.
   */
  static String hostGpusTaken(String alias, String podId) {
    return "rp: cannot start "
        + alias
        + " (pod "
        + podId
        + "): other users have taken the GPUs on its host machine, and a stopped pod can only"
        + " start on that machine. It stays stopped. Options:\n"
        + "  1. Wait and try again later: rp start "
        + alias
        + "\n"
        + "  2. Terminate it and create a new pod with the same template or options: rp destroy "
        + alias
        + ", then rp create. The data on its volume is deleted with it, because a pod's volume"
        + " stays with that pod unless it is a network volume.\n"
        + "  3. Create a pod with another GPU type: rp create --gpu SPEC (see rp create --help).\n";
  }
}

package dev.rp.cli.commands;

import dev.rp.RunPodClient;
import dev.rp.SshException;
import dev.rp.cli.InterruptNotice;
import dev.rp.cli.ProgressReporter;
import dev.rp.cli.completion.TemplateCandidates;
import dev.rp.gpu.Cloud;
import dev.rp.pods.CreatePlan;
import dev.rp.pods.Pod;
import dev.rp.pods.PodCreation;
import dev.rp.pods.TrackedPod;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp create}: creates a pod, tracks it under an alias and waits until SSH works. */
@Command(
    name = "create",
    header = "Creates a pod and waits until it accepts SSH.",
    footerHeading = "%nExamples:%n",
    description = {
      "Creates a pod from a template or from options, tracks it under an alias, waits until it"
          + " runs and accepts SSH, writes its SSH config entry and runs setup.sh on it.",
      "Options given with a template override the template's values. The plan (GPU type,"
          + " price, sizes, image) is printed before anything is created.",
      "When the public key ~/.ssh/runpod.pub is not among the RunPod account's SSH keys, rp"
          + " asks on a terminal to add it (existing keys are kept) and fails otherwise.",
      "A setup.sh that fails is reported on stderr but does not fail the command: the pod stays"
          + " up and tracked, and rp start ALIAS runs the script again."
    },
    footer = {
      "  rp create --alias my-pod --gpu 2xA100 --storage 500GB",
      "  rp create ml-training",
      "  rp create ml-training --alias custom-pod --gpu 8xH100",
      "  rp create --alias my-pod --gpu H100 --storage 1TB --config path=/workspace/x --dry-run"
    })
public final class CreateCommand extends BaseCommand {

  // How long Ctrl-C waits for a create request in flight: an estimate that covers the API's 30 s
  // read timeout and the listing that looks for a pod whose create response was lost.
  private static final Duration SUBMIT_GRACE = Duration.ofSeconds(60);

  /** Container image used when neither the template nor {@code --image} names one. */
  public static final String DEFAULT_IMAGE = PodCreation.DEFAULT_IMAGE;

  /** Container disk size used when neither the template nor {@code --container-disk} sets one. */
  public static final String DEFAULT_CONTAINER_DISK = PodCreation.DEFAULT_CONTAINER_DISK;

  // The SDK applies the defaults, not picocli, so that a template's own image and container disk
  // win over them and only an explicit option overrides the template.

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TEMPLATE",
      completionCandidates = TemplateCandidates.class,
      description = "Template to create the pod from, such as ml-training or h100.")
  String template;

  @Option(
      names = "--alias",
      paramLabel = "ALIAS",
      description =
          "Alias of the new pod, also its SSH host name, such as my-pod-1. Required without a"
              + " template; with one, replaces the numbered alias of its pattern.")
  String alias;

  @Option(
      names = "--gpu",
      paramLabel = "SPEC",
      description =
          "GPUs as [COUNTx]MODEL, such as 2xA100, H100 or 4xRTX4090; COUNT defaults to 1 and"
              + " MODEL matches RunPod's GPU names in any case.")
  String gpu;

  @Option(
      names = "--storage",
      paramLabel = "SIZE",
      description =
          "Size of the persistent volume mounted at /workspace, in GB or TB, such as 500GB or"
              + " 1TB (1TB = 1000GB).")
  String storage;

  @Option(
      names = "--container-disk",
      paramLabel = "SIZE",
      description =
          "Size of the container's disk, which is erased when the pod stops, in GB or TB;"
              + " default: the template's, else "
              + DEFAULT_CONTAINER_DISK
              + ".")
  String containerDisk;

  @Option(
      names = "--image",
      paramLabel = "IMAGE",
      description = "Container image to run; default: the template's, else " + DEFAULT_IMAGE + ".")
  String image;

  @Option(
      names = "--config",
      paramLabel = "KEY=VALUE",
      description =
          "Sets a per-pod setting, such as path=/workspace/project (the folder rp shell and rp"
              + " cursor open). Repeatable; overrides the template's setting of the same key.")
  Map<String, String> config = new LinkedHashMap<>();

  @Option(
      names = "--cloud",
      paramLabel = "CLOUD",
      description =
          "Restricts the pod to one RunPod cloud: SECURE (RunPod's data centres) or COMMUNITY"
              + " (community hosts, usually cheaper).")
  Cloud cloud;

  @Mixin WaitOptions wait;

  @Option(
      names = "--no-wait",
      description =
          "Returns once RunPod has accepted the pod, without waiting for it to run; the SSH"
              + " entry and setup.sh are then left to rp start.")
  boolean noWait;

  @Option(
      names = {"-f", "--force"},
      description = "Replaces an existing alias of the same name.")
  boolean force;

  @Option(names = "--dry-run", description = "Prints the pod that would be created; creates none.")
  boolean dryRun;

  @Override
  public Integer call() {
    checkConfigKeys();
    RunPodClient client = context().apiClient();
    PodCreation creation = creation(client);
    CreatePlan plan = creation.plan();
    if (dryRun) {
      out().print(PodSummary.plan(plan));
      if (!plan.sshKeyRegistered()) {
        err().println(keyNotRegistered(client) + " rp create would ask to add it.");
      }
      err().println("Dry run: nothing was created.");
      return OK;
    }
    err().print(PodSummary.plan(plan));
    if (!plan.sshKeyRegistered()) {
      creation.registerSshKey(confirmKeyRegistration(client));
    }
    if (!noWait) {
      DefaultSetupScript.offer(context(), client.paths().setupScript());
    }

    TrackedPod pod;
    try (ProgressReporter progress = new ProgressReporter(context(), plan.alias())) {
      creation.progress(progress);
      pod = noWait ? submit(creation, plan, progress) : start(client, creation, plan, progress);
    }
    out()
        .print(
            PodSummary.ready(pod, sshSummary(client, pod), costPerHour(pod, plan.pricePerHour())));
    autoClean();
    return OK;
  }

  // picocli checks the KEY=VALUE form; an empty key passes that check.
  private void checkConfigKeys() {
    for (Map.Entry<String, String> entry : config.entrySet()) {
      if (entry.getKey().isBlank()) {
        throw usageError(
            "Invalid --config value '"
                + entry.getKey()
                + "="
                + entry.getValue()
                + "': use KEY=VALUE with a key, such as path=/workspace/project.");
      }
    }
  }

  private PodCreation creation(RunPodClient client) {
    PodCreation creation =
        template == null
            ? client.pods().create(alias)
            : client.pods().create().fromTemplate(template);
    if (template != null && alias != null) {
      creation.alias(alias);
    }
    if (gpu != null) {
      creation.gpu(gpu);
    }
    if (storage != null) {
      creation.storage(storage);
    }
    if (containerDisk != null) {
      creation.containerDisk(containerDisk);
    }
    if (image != null) {
      creation.image(image);
    }
    if (cloud != null) {
      creation.cloud(cloud);
    }
    return creation.config(config).replace(force);
  }

  private boolean confirmKeyRegistration(RunPodClient client) {
    Path publicKey = publicKeyFile(client);
    if (!context().prompts().interactive()) {
      throw new SshException(
          keyNotRegistered(client)
              + " Run rp create on a terminal to let rp add it (existing keys are kept), or add"
              + " it yourself in the RunPod console under Settings, SSH public keys.");
    }
    boolean add =
        context()
            .prompts()
            .confirm(
                "Add " + publicKey + " to your RunPod account's SSH keys? (existing keys are kept)",
                "the RunPod console");
    if (!add) {
      throw new SshException(
          keyNotRegistered(client)
              + " Add it in the RunPod console under Settings, SSH public keys, then run rp"
              + " create again.");
    }
    return true;
  }

  private String keyNotRegistered(RunPodClient client) {
    return "The public key "
        + publicKeyFile(client)
        + " is not among your RunPod account's SSH keys, so the pod would not accept SSH.";
  }

  private static Path publicKeyFile(RunPodClient client) {
    Path identity = client.paths().identityFile();
    return identity.resolveSibling(identity.getFileName() + ".pub");
  }

  private TrackedPod submit(PodCreation creation, CreatePlan plan, ProgressReporter progress) {
    CountDownLatch finished = new CountDownLatch(1);
    AtomicReference<TrackedPod> submitted = new AtomicReference<>();
    Supplier<String> message = () -> interruptedSubmit(plan, finished, submitted);
    try (InterruptNotice notice = InterruptNotice.install(message, progress::close)) {
      TrackedPod pod = creation.submit();
      submitted.set(pod);
      return pod;
    } finally {
      finished.countDown();
    }
  }

  // RunPod may already be creating the pod, so the create request gets time to finish and the pod
  // to be tracked before the process exits.
  private static String interruptedSubmit(
      CreatePlan plan, CountDownLatch finished, AtomicReference<TrackedPod> submitted) {
    if (finished.getCount() > 0) {
      System.err.println(
          "rp: waiting up to "
              + SUBMIT_GRACE.toSeconds()
              + " s for RunPod to answer the create request, so that rp tracks the pod");
    }
    try {
      finished.await(SUBMIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    TrackedPod pod = submitted.get();
    if (pod != null) {
      return "pod "
          + pod.podId()
          + " is tracked as "
          + pod.alias()
          + " and still starting (and billing). Resume with rp start "
          + pod.alias()
          + ", or remove it with rp destroy "
          + pod.alias()
          + ".";
    }
    return "RunPod may have created the pod "
        + plan.alias()
        + " without rp tracking it; rp list --all shows pods no alias tracks, and rp track "
        + plan.alias()
        + " POD_ID tracks one.";
  }

  // The pod is submitted first and then waited for, so that the Ctrl-C notice can name a pod that
  // is already tracked.
  private TrackedPod start(
      RunPodClient client, PodCreation creation, CreatePlan plan, ProgressReporter progress) {
    TrackedPod created = submit(creation, plan, progress);
    String message =
        "pod "
            + created.podId()
            + " is tracked as "
            + created.alias()
            + " and still starting (and billing). Resume with rp start "
            + created.alias()
            + ", or remove it with rp destroy "
            + created.alias()
            + ".";
    try (InterruptNotice notice = InterruptNotice.install(message, progress::close)) {
      return client
          .pods()
          .alias(created.alias())
          .timeout(wait.timeout())
          .progress(progress)
          .start();
    }
  }

  private String sshSummary(RunPodClient client, TrackedPod pod) {
    if (noWait) {
      return "none yet; rp start " + pod.alias() + " waits for the pod and writes its entry";
    }
    return SshEntries.summary(client.paths(), pod.alias());
  }

  private static double costPerHour(TrackedPod pod, double planned) {
    return pod.pod().map(Pod::costPerHour).filter(cost -> cost > 0).orElse(planned);
  }
}

package dev.rp.cli.commands;

import dev.rp.cli.AliasChoice;
import dev.rp.cli.completion.AliasCandidates;
import dev.rp.cli.output.Colour;
import dev.rp.cli.output.Json;
import dev.rp.cli.output.Money;
import dev.rp.pods.Pod;
import dev.rp.pods.PodOperations;
import dev.rp.pods.SshEndpoint;
import dev.rp.pods.TrackedPod;
import dev.rp.schedule.ScheduleTimes;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.Scheduler;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
          + " pending scheduled tasks.",
      "Without ALIAS, asks which tracked pod to show.",
      "With --json, prints an object with the keys alias, id, status, apiStatus, gpu, gpuCount,"
          + " volumeGb, containerDiskGb, costPerHour, ssh (host, port, username), image, path,"
          + " config and scheduledTasks (id, action, when, status); the pod's values are null"
          + " when it is invalid, and ssh is null unless it runs."
    },
    footer = {"  rp show my-pod", "  rp show my-pod --json"})
public final class ShowCommand extends BaseCommand {

  private static final int RULE_WIDTH = 60;
  private static final int LABEL_WIDTH = 16;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod to show.")
  String alias;

  @Option(names = "--json", description = "Prints the details as a JSON object.")
  boolean json;

  /** Prints the pod's details, read from one API request and the local state. */
  @Override
  public Integer call() {
    String chosen = AliasChoice.resolve(context(), alias, "show");
    PodOperations operations = context().apiClient().pods().alias(chosen);
    TrackedPod pod = operations.get();
    List<ScheduledTask> tasks = operations.scheduledTasks();
    if (json) {
      Json.print(toJson(pod, tasks), out());
    } else {
      printDetails(pod, tasks);
    }
    return OK;
  }

  private void printDetails(TrackedPod tracked, List<ScheduledTask> tasks) {
    Colour colour = context().terminal().stdoutColour();
    String rule = "=".repeat(RULE_WIDTH);
    out().println(colour.bold("Pod Details: " + tracked.alias()));
    out().println(rule);
    field("ID:", tracked.podId());
    String status = PodLabels.status(tracked.statusLabel(), colour);
    if (tracked.invalid()) {
      field("Status:", status + " (RunPod no longer has this pod; rp clean removes the alias)");
    } else {
      field("Status:", status);
      printPod(tracked.pod().get());
    }
    if (!tracked.config().isEmpty()) {
      out().println();
      out().println("Configuration:");
      tracked.config().forEach((key, value) -> out().println("  " + key + ": " + value));
    }
    if (!tasks.isEmpty()) {
      out().println();
      out().println("Scheduled Tasks:");
      tasks.forEach(this::printTask);
    }
    out().println(rule);
    out().flush();
  }

  private void printPod(Pod pod) {
    field("GPU:", PodLabels.gpu(Optional.of(pod)));
    field("Storage:", pod.volumeGb() == 0 ? "none" : pod.volumeGb() + "GB");
    field("Container disk:", pod.containerDiskGb() + "GB");
    field("Cost:", Money.perHour(pod.costPerHour()));
    pod.directSsh().ifPresent(ssh -> field("IP:", ssh.host() + ":" + ssh.port()));
    field("Image:", pod.image());
  }

  private void printTask(ScheduledTask task) {
    String bullet = context().terminal().unicode() ? "•" : "*";
    String when = ScheduleTimes.describe(task.when(), Clock.systemUTC(), ZoneId.systemDefault());
    out()
        .println(
            "  "
                + bullet
                + " "
                + task.action()
                + " at "
                + when
                + " (id="
                + Scheduler.shortId(task.id())
                + ")");
  }

  private void field(String label, String value) {
    out().println(String.format("%-" + LABEL_WIDTH + "s%s", label, value));
  }

  private static Map<String, Object> toJson(TrackedPod tracked, List<ScheduledTask> tasks) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("alias", tracked.alias());
    json.put("id", tracked.podId());
    json.put("status", tracked.statusLabel());
    json.put("apiStatus", tracked.pod().map(Pod::statusText));
    json.put("gpu", tracked.pod().flatMap(Pod::gpuTypeId));
    json.put("gpuCount", tracked.pod().map(Pod::gpuCount));
    json.put("volumeGb", tracked.pod().map(Pod::volumeGb));
    json.put("containerDiskGb", tracked.pod().map(Pod::containerDiskGb));
    json.put("costPerHour", tracked.pod().map(Pod::costPerHour));
    json.put("ssh", tracked.pod().flatMap(Pod::directSsh).map(ShowCommand::sshJson));
    json.put("image", tracked.pod().map(Pod::image));
    json.put("path", tracked.config().get("path"));
    json.put("config", tracked.config());
    List<Map<String, Object>> taskJson = new ArrayList<>();
    for (ScheduledTask task : tasks) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", task.id());
      entry.put("action", task.action());
      entry.put("when", task.when());
      entry.put("status", task.status().jsonName());
      taskJson.add(entry);
    }
    json.put("scheduledTasks", taskJson);
    return json;
  }

  private static Map<String, Object> sshJson(SshEndpoint ssh) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("host", ssh.host());
    json.put("port", ssh.port());
    json.put("username", ssh.username());
    return json;
  }
}

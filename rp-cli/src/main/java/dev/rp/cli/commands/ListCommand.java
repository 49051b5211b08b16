package dev.rp.cli.commands;

import dev.rp.cli.output.Colour;
import dev.rp.cli.output.Json;
import dev.rp.cli.output.Money;
import dev.rp.cli.output.Table;
import dev.rp.cli.output.Table.Column;
import dev.rp.pods.Pod;
import dev.rp.pods.Pods;
import dev.rp.pods.TrackedPod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rp list}: lists the tracked pods with their status. */
@Command(
    name = "list",
    header = "Lists the tracked pods with their status.",
    footerHeading = "%nExamples:%n",
    description = {
      "Lists the tracked pods with their id, status, GPUs, cost per hour and path setting, and"
          + " the hourly total. A pod that no longer exists on RunPod shows as invalid; rp clean"
          + " removes it. The pods' states come from one API request.",
      "With --json, prints an array of objects with the keys alias, id, status, gpu (the GPU"
          + " type id), gpuCount, costPerHour, path, config and tracked; gpu, gpuCount and"
          + " costPerHour are null for an invalid pod, alias is null for an untracked one."
    },
    footer = {"  rp list", "  rp list --all", "  rp list --json"})
public final class ListCommand extends BaseCommand {

  @Option(names = "--json", description = "Prints the pods as a JSON array instead of a table.")
  boolean json;

  @Option(names = "--all", description = "Also lists pods on the account that no alias tracks.")
  boolean all;

  /** Prints the tracked pods, and with {@code --all} the untracked ones. */
  @Override
  public Integer call() {
    if (!all && context().client().stores().aliases().all().isEmpty()) {
      err()
          .println(
              "No pods are tracked yet. Create one with rp create, track an existing one with"
                  + " rp track ALIAS POD_ID, or see the account's pods with rp list --all.");
      if (json) {
        Json.print(List.of(), out());
      }
      return OK;
    }
    Pods pods = context().apiClient().pods();
    List<TrackedPod> tracked = pods.list();
    List<Pod> untracked = all ? pods.untracked() : List.of();
    if (json) {
      printJson(tracked, untracked);
    } else if (!tracked.isEmpty() || !untracked.isEmpty()) {
      // A table with no rows would show only its borders, so printHints explains instead.
      printTable(tracked, untracked);
    }
    printHints(tracked, untracked);
    return OK;
  }

  private void printTable(List<TrackedPod> tracked, List<Pod> untracked) {
    Colour colour = context().terminal().stdoutColour();
    Table table =
        Table.of(
            Column.left("Alias"),
            Column.left("ID"),
            Column.left("Status"),
            Column.left("GPU"),
            Column.right("Cost/h"),
            Column.left("Config Path"));
    List<Double> costs = new ArrayList<>();
    for (TrackedPod pod : tracked) {
      table.addRow(
          pod.alias(),
          pod.podId(),
          PodLabels.status(pod.statusLabel(), colour),
          PodLabels.gpu(pod.pod()),
          PodLabels.cost(pod.pod()),
          pod.config().get("path"));
      pod.pod().ifPresent(found -> costs.add(found.costPerHour()));
    }
    for (Pod pod : untracked) {
      table.addRow(
          colour.dim("(untracked: " + pod.name() + ")"),
          pod.id(),
          PodLabels.status(pod.statusLabel(), colour),
          PodLabels.gpu(Optional.of(pod)),
          PodLabels.cost(Optional.of(pod)),
          null);
      costs.add(pod.costPerHour());
    }
    table.setTotal("Total", null, null, null, Money.amount(Money.total(costs)), null);
    table.print(out());
  }

  private void printJson(List<TrackedPod> tracked, List<Pod> untracked) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TrackedPod pod : tracked) {
      rows.add(row(pod.alias(), pod.podId(), pod.statusLabel(), pod.pod(), pod.config(), true));
    }
    for (Pod pod : untracked) {
      rows.add(row(null, pod.id(), pod.statusLabel(), Optional.of(pod), Map.of(), false));
    }
    Json.print(rows, out());
  }

  private static Map<String, Object> row(
      String alias,
      String id,
      String status,
      Optional<Pod> pod,
      Map<String, String> config,
      boolean tracked) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("alias", alias);
    row.put("id", id);
    row.put("status", status);
    row.put("gpu", pod.flatMap(Pod::gpuTypeId));
    row.put("gpuCount", pod.map(Pod::gpuCount));
    row.put("costPerHour", pod.map(Pod::costPerHour));
    row.put("path", config.get("path"));
    row.put("config", config);
    row.put("tracked", tracked);
    return row;
  }

  private void printHints(List<TrackedPod> tracked, List<Pod> untracked) {
    if (tracked.isEmpty() && untracked.isEmpty()) {
      err().println("No pods are tracked and the account has none. Create one with rp create.");
    }
    if (tracked.stream().anyMatch(TrackedPod::invalid)) {
      err().println("Invalid pods no longer exist on RunPod; rp clean removes their aliases.");
    }
    if (!untracked.isEmpty()) {
      err()
          .println(
              untracked.size()
                  + (untracked.size() == 1 ? " pod is" : " pods are")
                  + " not tracked and may still cost money. Track one with rp track ALIAS POD_ID,"
                  + " such as rp track my-pod "
                  + untracked.get(0).id()
                  + ".");
    }
  }
}

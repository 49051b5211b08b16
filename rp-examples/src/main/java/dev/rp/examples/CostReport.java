package dev.rp.examples;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.pods.Pod;
import dev.rp.pods.TrackedPod;
import java.io.PrintStream;
import java.util.List;

/**
 * Lists the tracked pods with their hourly cost, and the total that the account's pods cost now,
 * untracked ones included. The API reports a stopped pod's cost as 0.0, so the total leaves out
 * what stopped pods' volumes cost.
 */
public final class CostReport {

  /** Runs the example against the API, key and config folder set in the environment. */
  public static void main(String[] args) {
    try (RunPodClient client = RunPod.builder().build()) {
      run(client, System.out, args);
    }
  }

  static void run(RunPodClient client, PrintStream out, String... args) {
    List<TrackedPod> tracked = client.pods().list();
    double total = 0;
    out.printf("%-16s %-14s %-26s %8s%n", "ALIAS", "STATUS", "GPU", "$/HOUR");
    for (TrackedPod pod : tracked) {
      // A pod the API no longer has is invalid: it shows, but costs nothing.
      double cost = pod.pod().map(Pod::costPerHour).orElse(0.0);
      String gpu = pod.pod().map(CostReport::gpu).orElse("-");
      out.printf("%-16s %-14s %-26s %8.2f%n", pod.alias(), pod.statusLabel(), gpu, cost);
      total += cost;
    }

    List<Pod> untracked = client.pods().untracked();
    double untrackedCost = untracked.stream().mapToDouble(Pod::costPerHour).sum();
    if (!untracked.isEmpty()) {
      out.printf("%-58s %8.2f%n", untracked.size() + " untracked pod(s)", untrackedCost);
    }
    out.printf("%-58s %8.2f%n", "Total", total + untrackedCost);
  }

  private static String gpu(Pod pod) {
    return pod.gpuTypeId().map(id -> pod.gpuCount() + "x " + id).orElse("CPU");
  }
}

package dev.rp.examples;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.pods.Pod;
import dev.rp.pods.TrackedPod;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the pods on the account that no alias tracks, such as pods made on RunPod's website or by
 * another machine. Arguments: {@code [PREFIX]}; with a prefix, it tracks each one as {@code
 * PREFIX-1}, {@code PREFIX-2} and so on, so that rp can start, stop and reach it by SSH.
 */
public final class FindUntracked {

  /** Runs the example against the API, key and config folder set in the environment. */
  public static void main(String[] args) {
    try (RunPodClient client = RunPod.builder().build()) {
      run(client, System.out, args);
    }
  }

  static void run(RunPodClient client, PrintStream out, String... args) {
    List<Pod> untracked = client.pods().untracked();
    if (untracked.isEmpty()) {
      out.println("Every pod on the account has an alias.");
      return;
    }
    for (Pod pod : untracked) {
      out.printf(
          "%s  %-20s %-10s $%.2f/h%n", pod.id(), pod.name(), pod.status(), pod.costPerHour());
    }
    if (args.length == 0) {
      out.println("Track one with: rp track <alias> <pod id>");
      return;
    }

    // Aliases are local, so the store lists the used ones without an API request.
    Set<String> usedAliases = new HashSet<>(client.stores().aliases().all().keySet());
    int number = 1;
    for (Pod pod : untracked) {
      while (usedAliases.contains(args[0] + "-" + number)) {
        number++;
      }
      TrackedPod tracked = client.pods().track(args[0] + "-" + number, pod.id(), false);
      usedAliases.add(tracked.alias());
      out.println("Tracked " + tracked.podId() + " as " + tracked.alias());
    }
  }
}

package dev.rp.examples;

import dev.rp.InvalidStateTransitionException;
import dev.rp.NoCapacityException;
import dev.rp.RateLimitedException;
import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.pods.TrackedPod;
import java.io.PrintStream;
import java.util.List;

/**
 * Makes sure an alias has a running pod, handling errors as a real tool would: a GPU type without
 * capacity moves on to the next, a rate limit waits for the Retry-After the API sends, and a pod
 * that cannot start is read to decide what to do. Arguments: {@code [ALIAS [GPU_SPEC...]]}.
 */
public final class HandleErrors {

  /** Runs the example against the API, key and config folder set in the environment. */
  public static void main(String[] args) throws InterruptedException {
    try (RunPodClient client = RunPod.builder().build()) {
      run(client, System.out, args);
    }
  }

  static void run(RunPodClient client, PrintStream out, String... args)
      throws InterruptedException {
    String alias = args.length > 0 ? args[0] : "dev-1";
    List<String> gpus = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("A40");
    try {
      if (client.pods().find(alias).isPresent()) {
        out.println(alias + " is " + client.pods().alias(alias).start().statusLabel());
        return;
      }
    } catch (InvalidStateTransitionException e) {
      // Read the pod again: what it is now decides what to do.
      TrackedPod pod = client.pods().get(alias);
      out.println(alias + " cannot start: its pod is " + pod.statusLabel());
      if (pod.pod().filter(current -> current.allows("start")).isPresent()) {
        throw e;
      }
      client.pods().untrack(alias, false);
    }

    int next = 0;
    int rateLimitWaits = 0;
    while (next < gpus.size()) {
      String gpu = gpus.get(next);
      try {
        TrackedPod pod = client.pods().create(alias).gpu(gpu).storage("50GB").start();
        out.printf("%s runs on %s at $%.2f/h%n", alias, gpu, pod.pod().get().costPerHour());
        return;
      } catch (NoCapacityException e) {
        out.println("No " + gpu + " free right now, trying the next GPU type");
        next++;
      } catch (RateLimitedException e) {
        // rp has already retried the short waits, so wait the full Retry-After, up to 3 times.
        if (++rateLimitWaits > 3) {
          throw e;
        }
        out.println(
            "Rate limited, waiting " + e.retryAfter().toSeconds() + "s as the API requested");
        Thread.sleep(e.retryAfter().toMillis());
      }
    }
    out.println("None of " + gpus + " has capacity; try again later.");
  }
}

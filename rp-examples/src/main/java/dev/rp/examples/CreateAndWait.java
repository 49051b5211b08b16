package dev.rp.examples;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.pods.CreatePlan;
import dev.rp.pods.Pod;
import dev.rp.pods.PodCreation;
import dev.rp.pods.PodProgress;
import dev.rp.pods.SshEndpoint;
import dev.rp.pods.WaitProgress;
import java.io.PrintStream;

/**
 * Creates a pod from a GPU spec and waits until its SSH server responds, printing the plan, the
 * wait's progress, and the pod's endpoint and cost. Arguments: {@code [ALIAS [GPU_SPEC
 * [STORAGE]]]}.
 */
public final class CreateAndWait {
  /** Runs the example against the API, key and config folder set in the environment. */
  public static void main(String[] args) {
    try (RunPodClient client = RunPod.builder().build()) {
      run(client, System.out, args);
    }
  }

  static void run(RunPodClient client, PrintStream out, String... args) {
    String alias = args.length > 0 ? args[0] : "dev-1";
    PodCreation creation =
        client
            .pods()
            .create(alias)
            .gpu(args.length > 1 ? args[1] : "A40")
            .storage(args.length > 2 ? args[2] : "50GB")
            .progress(
                new PodProgress() {
                  private String last = "";

                  @Override
                  public void waiting(WaitProgress progress) {
                    // Called after every check: print only when the phase or status changes.
                    String now = progress.phase() + " " + progress.status();
                    if (!now.equals(last)) {
                      out.printf("%4ds  %s%n", progress.elapsed().toSeconds(), now);
                      last = now;
                    }
                  }

                  @Override
                  public void step(String message) {
                    out.println(message);
                  }
                });

    // plan() reads the catalog and creates nothing, and start() then uses the same plan.
    CreatePlan plan = creation.plan();
    out.printf("Plan: %dx %s at $%.2f/h%n", plan.gpuCount(), plan.gpuName(), plan.pricePerHour());
    Pod pod = creation.start().pod().orElseThrow();
    SshEndpoint ssh = pod.directSsh().orElseThrow();
    out.printf("Ready: ssh %s (%s@%s:%d)%n", alias, ssh.username(), ssh.host(), ssh.port());
    out.printf("Cost while running: $%.2f/h%n", pod.costPerHour());
  }
}

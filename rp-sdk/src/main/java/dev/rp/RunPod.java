package dev.rp;

import dev.rp.gpu.Gpus;
import dev.rp.pods.Pods;
import dev.rp.schedule.Schedule;
import dev.rp.templates.Templates;

/**
 * Entry point of the rp SDK.
 *
 * <p>The static methods use one default client, configured from the environment the first time it
 * is needed: the API key from {@code RUNPOD_API_KEY} or the key file, the base URL from {@code
 * RUNPOD_API_URL}, and rp's files under the config folder. That suits JShell and small programs:
 *
 * <pre>{@code
 * RunPod.pods().create("dev-1").gpu("A40").storage("100GB").start();
 * RunPod.pods().list().forEach(pod -> System.out.println(pod.alias() + " " + pod.statusLabel()));
 * RunPod.pods().alias("dev-1").stop();
 * }</pre>
 *
 * <p>Programs that need their own key, files or HTTP client build a client instead:
 *
 * <pre>{@code
 * try (RunPodClient runPod = RunPod.builder().apiKey(key).stores(Stores.inMemory()).build()) {
 *   runPod.pods().list();
 * }
 * }</pre>
 */
public final class RunPod {
  private static volatile RunPodClient defaultClient;

  private RunPod() {}

  /** Returns a builder of a client. */
  public static RunPodClient.Builder builder() {
    return RunPodClient.builder();
  }

  /**
   * Returns the default client, configured from the environment on first use.
   *
   * <p>Creating it reads no file and sends no request; the API key is resolved on the first API
   * call.
   */
  public static RunPodClient defaultClient() {
    RunPodClient client = defaultClient;
    if (client == null) {
      synchronized (RunPod.class) {
        client = defaultClient;
        if (client == null) {
          client = RunPodClient.builder().build();
          defaultClient = client;
        }
      }
    }
    return client;
  }

  /** Returns the pods of the default client. */
  public static Pods pods() {
    return defaultClient().pods();
  }

  /** Returns the templates of the default client. */
  public static Templates templates() {
    return defaultClient().templates();
  }

  /** Returns the scheduled tasks of the default client. */
  public static Schedule schedule() {
    return defaultClient().schedule();
  }

  /** Returns the GPU catalog of the default client. */
  public static Gpus gpus() {
    return defaultClient().gpus();
  }

  /** Returns the account settings of the default client. */
  public static Account account() {
    return defaultClient().account();
  }
}

package dev.rp.internal.api;

import dev.rp.RunPodException;
import dev.rp.SshException;
import dev.rp.pods.Pod;
import dev.rp.pods.PodStatus;
import dev.rp.pods.SshEndpoint;
import java.time.Duration;
import java.util.Optional;

/** Failures that end a wait for readiness, with messages that state what to do about the pod. */
final class WaitMessages {

  private WaitMessages() {}

  /**
   * Throws when {@code pod} can no longer become ready: it is in {@code ERROR} or {@code
   * TERMINATED}, or it runs without {@code 22/tcp} in its ports.
   */
  static void checkStatus(Pod pod) {
    String id = pod.id();
    switch (pod.status()) {
      case ERROR ->
          throw new RunPodException(
              "Pod '"
                  + id
                  + "' entered ERROR while rp waited for it to run. Read its container logs to"
                  + " see why, then start it again or terminate it; it keeps its volume until"
                  + " terminated.");
      case TERMINATED ->
          throw new RunPodException(
              "Pod '" + id + "' was terminated while rp waited for it to run. Create a new pod.");
      case RUNNING -> {
        if (!pod.ports().contains("22/tcp")) {
          throw new SshException(
              "Pod '"
                  + id
                  + "' is RUNNING but does not expose 22/tcp (ports: "
                  + (pod.ports().isEmpty() ? "none" : String.join(", ", pod.ports()))
                  + "), so it has no direct SSH endpoint. Add 22/tcp to its ports, by updating"
                  + " the pod or the template it came from, and restart it. It is billing while"
                  + " it runs: "
                  + stopHint(id));
        }
      }
      default -> {}
    }
  }

  /** Returns the message of a wait for pod {@code podId} that ran out of time. */
  static String timeout(
      String podId,
      Pod pod,
      Optional<SshEndpoint> endpoint,
      Duration timeout,
      RunPodException lastFailure) {
    String prefix = "Pod '" + podId + "' did not become ready within " + format(timeout) + ": ";
    if (pod == null) {
      String reason = lastFailure == null ? "" : " (last error: " + lastFailure.getMessage() + ")";
      return prefix
          + "rp could not read its status"
          + reason
          + ". It may exist and be billing: "
          + stopHint(podId);
    }
    if (pod.status() != PodStatus.RUNNING) {
      return prefix
          + "its last status was "
          + pod.statusText()
          + ". It exists and may be billing: "
          + stopHint(podId);
    }
    if (endpoint.isEmpty()) {
      return prefix
          + "it is RUNNING but RunPod never published its 22/tcp port, so it has no direct SSH"
          + " endpoint. Likely causes: the host has no public IP for it, or the port is not"
          + " exposed. It is billing: "
          + stopHint(podId);
    }
    return prefix
        + "it is RUNNING, but no SSH server responded at "
        + endpoint.get().host()
        + ":"
        + endpoint.get().port()
        + ". Likely causes: the image has no sshd, the pod was created without startSsh, or"
        + " sshd failed to start. It is billing: "
        + stopHint(podId);
  }

  private static String stopHint(String podId) {
    return "stop it (rp stop, or a stop action on pod '"
        + podId
        + "') or terminate it (rp destroy) if you no longer need it.";
  }

  private static String format(Duration duration) {
    if (duration.toSeconds() % 60 == 0 && duration.toMinutes() > 0) {
      return duration.toMinutes() + " min";
    }
    return Math.max(0, duration.toMillis()) / 1000.0 + " s";
  }
}

package dev.rp.pods;

import java.util.Locale;

/** Lifecycle status of a pod as RunPod reports it. */
public enum PodStatus {
  /** RunPod is finding a host and pulling the image. */
  PROVISIONING,
  /** The container is starting. */
  STARTING,
  /** The container runs. */
  RUNNING,
  /** The pod is stopped: its volume persists and its GPUs are released. */
  EXITED,
  /** The pod failed to start or crashed. */
  ERROR,
  /** The pod is terminated and about to disappear. */
  TERMINATED,
  /** A status this version of rp does not know yet. */
  UNKNOWN;

  /**
   * Returns the status for RunPod's spelling of it, or {@link #UNKNOWN} for a value added later.
   */
  public static PodStatus fromApi(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }
}

package dev.rp;

import dev.rp.pods.PodStatus;
import java.time.Duration;

/** Thrown when a pod did not become ready in time. The pod exists and may be billing. */
public class WaitTimeoutException extends RunPodException {
  private static final long serialVersionUID = 1L;

  private final String podId;
  private final PodStatus lastStatus;
  private final Duration waited;

  /** Creates an exception about pod {@code podId}, last seen in {@code lastStatus}. */
  public WaitTimeoutException(String message, String podId, PodStatus lastStatus, Duration waited) {
    super(message);
    this.podId = podId;
    this.lastStatus = lastStatus;
    this.waited = waited;
  }

  /** Returns the pod that was waited for. */
  public String podId() {
    return podId;
  }

  /** Returns the pod's last status seen. */
  public PodStatus lastStatus() {
    return lastStatus;
  }

  /** Returns how long rp waited. */
  public Duration waited() {
    return waited;
  }
}

package dev.rp.schedule;

/** Result of a {@link PodStopper} call that ended with the pod stopped. */
public enum StopOutcome {
  /** The stop request succeeded. */
  STOPPED,
  /** The pod was stopped already, so nothing was sent or RunPod answered that it was. */
  ALREADY_STOPPED
}

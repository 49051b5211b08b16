package dev.rp.pods;

import java.util.Locale;

/** State transition that a pod action request triggers. */
public enum PodAction {
  /** Boots a stopped pod ({@code EXITED} or {@code ERROR}) back toward {@code RUNNING}. */
  START,
  /** Stops a running or provisioning pod: its disk stays, its GPUs are released. */
  STOP,
  /** Restarts the container of a running pod in place. */
  RESTART,
  /** Deletes the pod and releases everything it holds, including a host-local volume. */
  TERMINATE;

  /** Returns the value the API takes and lists in a pod's {@code actions}, such as {@code stop}. */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}

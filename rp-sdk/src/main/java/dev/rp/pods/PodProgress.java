package dev.rp.pods;

/**
 * Receives what happens while rp creates or starts a pod, so a command line can draw it. Every
 * method has an empty default; calls come from the thread that runs the operation.
 */
public interface PodProgress {

  /** Receives a progress report of the wait for the pod to run and answer SSH. */
  default void waiting(WaitProgress progress) {}

  /** Receives a completed step in plain words, such as {@code SSH entry written for dev-1}. */
  default void step(String message) {}

  /** Receives one line of output of the setup script. */
  default void setupOutput(String line) {}

  /** Returns a listener that ignores everything. */
  static PodProgress silent() {
    return new PodProgress() {};
  }
}

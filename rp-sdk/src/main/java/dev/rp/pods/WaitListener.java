package dev.rp.pods;

/**
 * Receives progress while rp waits for a pod to become ready.
 *
 * <p>Called on the waiting thread after every check, so an implementation should return quickly. An
 * exception it throws ends the wait.
 */
@FunctionalInterface
public interface WaitListener {

  /** Receives the state after one check of the pod or of its SSH port. */
  void onProgress(WaitProgress progress);

  /** Returns a listener that ignores all progress. */
  static WaitListener none() {
    return progress -> {};
  }
}

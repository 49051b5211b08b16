package dev.rp.pods;

import java.time.Duration;

/**
 * Open stream of a pod's log lines, from {@link PodOperations#logs}. Lines arrive on a background
 * thread; closing the stream stops them.
 */
public interface PodLogs extends AutoCloseable {

  /** Returns whether the stream still delivers lines. */
  boolean isOpen();

  /**
   * Blocks until the stream ends or {@code timeout} passes.
   *
   * @return true when the stream ended, false when the timeout passed first
   * @throws dev.rp.RunPodException when the stream failed, such as {@link dev.rp.NotFoundException}
   *     for a pod that is gone or {@link dev.rp.NoResponseException} when the connection broke
   * @throws InterruptedException when the thread is interrupted while it waits
   */
  boolean await(Duration timeout) throws InterruptedException;

  /** Stops the stream; no line reaches the consumer after this returns. */
  @Override
  void close();
}

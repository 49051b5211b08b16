package dev.rp.internal.api;

import java.time.Duration;

/** Pauses the current thread; tests replace it to run retries and waits without real sleeps. */
@FunctionalInterface
public interface Sleeper {

  /**
   * Pauses for {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted while it pauses
   */
  void sleep(Duration duration) throws InterruptedException;

  /** Returns a sleeper backed by {@link Thread#sleep(long)}. */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}

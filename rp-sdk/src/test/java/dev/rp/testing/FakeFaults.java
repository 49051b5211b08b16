package dev.rp.testing;

import java.time.Duration;

/**
 * Injects faults into the next requests that match an HTTP method and a path prefix of a {@link
 * FakeRunPod}. Each call queues a fault for a number of matching requests. A request takes the
 * first queued fault it matches, so chained calls spoil requests in that order:
 *
 * <pre>{@code
 * fake.on("POST", "/v2/pods").rateLimit(1, 2).serverError(1, 503);
 * // the next create gets a 429, the one after it a 503, the third succeeds
 * }</pre>
 *
 * <p>Paths are matched decoded, as in {@link FakeRequest#path()}. A request that fails
 * authentication never takes a fault.
 */
public final class FakeFaults {

  private final FakeFaultQueue queue;
  private final String method;
  private final String pathPrefix;

  FakeFaults(FakeFaultQueue queue, String method, String pathPrefix) {
    this.queue = queue;
    this.method = method;
    this.pathPrefix = pathPrefix;
  }

  /**
   * Responds to the next matching requests with 429 and a {@code Retry-After} header, without
   * acting on them.
   *
   * @param count how many requests to reject, at least 1
   * @param retryAfterSeconds the {@code Retry-After} value in seconds
   * @return these faults, to queue another
   */
  public FakeFaults rateLimit(int count, int retryAfterSeconds) {
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("Retry-After " + retryAfterSeconds + " is negative");
    }
    queue.add(
        FakeFaultQueue.Kind.RATE_LIMIT,
        method,
        pathPrefix,
        count,
        retryAfterSeconds,
        Duration.ZERO);
    return this;
  }

  /**
   * Responds to the next matching requests with a 5xx problem, without acting on them.
   *
   * @param count how many requests to fail, at least 1
   * @param status the status, 500 to 599
   * @return these faults, to queue another
   */
  public FakeFaults serverError(int count, int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("Server error status " + status + " is not 5xx");
    }
    queue.add(FakeFaultQueue.Kind.SERVER_ERROR, method, pathPrefix, count, status, Duration.ZERO);
    return this;
  }

  /**
   * Acts on the next matching requests as usual but delays each response's headers, so a client
   * whose read timeout is shorter gives up while the change has already happened.
   *
   * @param count how many requests to slow down, at least 1
   * @param delay how long to wait before the response headers
   * @return these faults, to queue another
   */
  public FakeFaults delay(int count, Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("Delay " + delay + " must be zero or positive");
    }
    queue.add(FakeFaultQueue.Kind.DELAY, method, pathPrefix, count, 0, delay);
    return this;
  }

  /**
   * Closes the connection instead of responding to the next matching requests, without acting on
   * them, as a network failure would.
   *
   * @param count how many requests to drop, at least 1
   * @return these faults, to queue another
   */
  public FakeFaults disconnect(int count) {
    queue.add(FakeFaultQueue.Kind.DISCONNECT, method, pathPrefix, count, 0, Duration.ZERO);
    return this;
  }
}

package dev.rp;

import java.time.Duration;
import java.util.List;

/** Thrown when the API answered 429 and rp's bounded waits for the rate limit ran out. */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates an exception; the other parameters are those of {@link ApiException}.
   *
   * @param retryAfter how long the API asked callers to wait
   */
  public RateLimitedException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId,
      Duration retryAfter) {
    super(message, status, title, detail, errors, requestId);
    this.retryAfter = retryAfter;
  }

  /** Returns how long the API asked callers to wait before the next request. */
  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public boolean retryable() {
    return true;
  }
}

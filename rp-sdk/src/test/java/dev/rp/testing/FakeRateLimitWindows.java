package dev.rp.testing;

/**
 * Counts requests in fixed minute, hour and day windows to fill the {@code RateLimit} header that
 * every response carries, in the structured-field form of the IETF ratelimit-headers draft that the
 * contract describes. The fake never rejects a request for its count; only a queued rate-limit
 * fault does.
 */
final class FakeRateLimitWindows {

  // Generous quotas, so a client that slows down as it nears zero never does so in a test.
  static final String POLICY =
      "\"minute\";q=10000;w=60, \"hour\";q=200000;w=3600, \"day\";q=2000000;w=86400";

  private static final String[] NAMES = {"minute", "hour", "day"};
  private static final long[] QUOTAS = {10_000, 200_000, 2_000_000};
  private static final long[] SECONDS = {60, 3_600, 86_400};

  private final long[] windowStarts = new long[NAMES.length];
  private final long[] counts = new long[NAMES.length];

  /** Counts one request and returns the {@code RateLimit} value after it. */
  synchronized String record() {
    long now = nowSeconds();
    for (int i = 0; i < NAMES.length; i++) {
      if (now - windowStarts[i] >= SECONDS[i]) {
        windowStarts[i] = now;
        counts[i] = 0;
      }
      counts[i]++;
    }
    return header(now, -1);
  }

  /** Returns the {@code RateLimit} value of a 429: the minute window spent for that long. */
  synchronized String exhausted(int retryAfterSeconds) {
    return header(nowSeconds(), retryAfterSeconds);
  }

  private String header(long now, int exhaustedFor) {
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < NAMES.length; i++) {
      long remaining = Math.max(0, QUOTAS[i] - counts[i]);
      long reset = Math.max(0, windowStarts[i] + SECONDS[i] - now);
      if (i == 0 && exhaustedFor >= 0) {
        remaining = 0;
        reset = exhaustedFor;
      }
      if (i > 0) {
        header.append(", ");
      }
      header
          .append('"')
          .append(NAMES[i])
          .append("\";r=")
          .append(remaining)
          .append(";t=")
          .append(reset);
    }
    return header.toString();
  }

  private static long nowSeconds() {
    return System.currentTimeMillis() / 1000;
  }
}

package dev.rp.internal.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quota left in each of RunPod's rate limit windows, read from the {@code RateLimit} header that
 * accompanies every authenticated response, such as {@code "minute";r=50;t=30,
 * "hour";r=2800;t=1812} (r: requests left, t: seconds until the window resets).
 *
 * @param windows the windows the header listed
 * @param observedAt when the response carrying the header arrived
 */
record RateLimitStatus(List<Window> windows, Instant observedAt) {

  /**
   * One quota window.
   *
   * @param name the window, such as {@code minute}
   * @param remaining the requests left in the window
   * @param reset the time until the window resets
   */
  record Window(String name, int remaining, Duration reset) {}

  /** Returns the windows of {@code header}, or empty when it lists none that rp can read. */
  static Optional<RateLimitStatus> parse(String header, Instant observedAt) {
    if (header == null) {
      return Optional.empty();
    }
    List<Window> windows = new ArrayList<>();
    for (String member : header.split(",")) {
      window(member).ifPresent(windows::add);
    }
    return windows.isEmpty()
        ? Optional.empty()
        : Optional.of(new RateLimitStatus(List.copyOf(windows), observedAt));
  }

  private static Optional<Window> window(String member) {
    String[] parts = member.trim().split(";");
    Integer remaining = null;
    Long reset = null;
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].trim().split("=", 2);
      try {
        if (pair.length == 2 && pair[0].equals("r")) {
          remaining = Integer.parseInt(pair[1].trim());
        } else if (pair.length == 2 && pair[0].equals("t")) {
          reset = Long.parseLong(pair[1].trim());
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    if (remaining == null || reset == null) {
      return Optional.empty();
    }
    String name = parts[0].trim().replace("\"", "");
    return Optional.of(new Window(name, remaining, Duration.ofSeconds(Math.max(0, reset))));
  }

  /**
   * Returns the shortest interval between requests that spreads each window's remaining quota, less
   * {@code reserve} requests kept for the caller's other work, evenly over the time until the
   * window resets. A window with no more than {@code reserve} left yields its full reset time.
   */
  Duration minimumInterval(Instant now, int reserve) {
    Duration passed = Duration.between(observedAt, now);
    Duration interval = Duration.ZERO;
    for (Window window : windows) {
      Duration reset = window.reset().minus(passed);
      if (reset.isNegative() || reset.isZero()) {
        continue;
      }
      int usable = window.remaining() - reserve;
      Duration spread = usable <= 0 ? reset : reset.dividedBy(usable);
      if (spread.compareTo(interval) > 0) {
        interval = spread;
      }
    }
    return interval;
  }
}

package dev.rp.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Faults that each spoil a given number of matching requests, taken in the order added. */
final class FakeFaultQueue {

  enum Kind {
    RATE_LIMIT,
    SERVER_ERROR,
    DELAY,
    DISCONNECT
  }

  /**
   * One fault and what it matches.
   *
   * @param method an HTTP method, or {@code *} for any
   * @param pathPrefix the start of the decoded request path
   * @param value the status for SERVER_ERROR, the Retry-After seconds for RATE_LIMIT, else 0
   * @param delay how long a DELAY postpones the response headers, else zero
   */
  record Fault(Kind kind, String method, String pathPrefix, int value, Duration delay) {

    boolean matches(String requestMethod, String path) {
      return ("*".equals(method) || method.equals(requestMethod)) && path.startsWith(pathPrefix);
    }
  }

  private static final class Entry {
    final Fault fault;
    int remaining;

    Entry(Fault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  synchronized void add(
      Kind kind, String method, String pathPrefix, int count, int value, Duration delay) {
    if (count < 1) {
      throw new IllegalArgumentException("Fault count " + count + " must be at least 1");
    }
    String normalizedMethod = method == null ? "*" : method.toUpperCase(Locale.ROOT);
    String prefix = pathPrefix == null ? "/" : pathPrefix;
    entries.add(new Entry(new Fault(kind, normalizedMethod, prefix, value, delay), count));
  }

  /** Consumes one use of the first fault that matches the request, if any does. */
  synchronized Optional<Fault> take(String method, String path) {
    Iterator<Entry> iterator = entries.iterator();
    while (iterator.hasNext()) {
      Entry entry = iterator.next();
      if (entry.fault.matches(method, path)) {
        entry.remaining--;
        if (entry.remaining == 0) {
          iterator.remove();
        }
        return Optional.of(entry.fault);
      }
    }
    return Optional.empty();
  }

  synchronized void clear() {
    entries.clear();
  }
}

package dev.rp.schedule;

import dev.rp.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses and prints the times of scheduled stops: {@code --at 22:00}, {@code --in 2h30m}.
 *
 * <p>Every method takes the clock and the zone, so that tests fix both. Local times are resolved in
 * the zone given. Nothing is guessed: a value in none of the accepted forms is rejected with a
 * message that lists them.
 *
 * <pre>{@code
 * ResolvedTime time = ScheduleTimes.parseAt("tomorrow 9:30", clock, zone);
 * time.warnings().forEach(System.err::println);
 * System.out.println(ScheduleTimes.describe(time.when(), clock, zone));
 * // 2026-12-05 09:30 CET (Europe/Berlin), in 14h 42m
 * }</pre>
 */
public final class ScheduleTimes {

  /** Maximum distance of a scheduled time from now; a value further ahead is most likely a typo. */
  public static final Duration MAX_AHEAD = Duration.ofDays(365);

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.ENGLISH);

  private ScheduleTimes() {}

  /**
   * Parses a delay such as {@code 3h}, {@code 45m}, {@code 90s}, {@code 2h30m}, {@code 1h 30m} or
   * {@code 1d2h30m}, in any case.
   *
   * @throws InvalidInputException when {@code text} is empty, zero, negative, longer than {@link
   *     #MAX_AHEAD} or not whole numbers with units in descending order, such as {@code 1.5h},
   *     {@code 2h30} or {@code 30m2h}
   */
  public static Duration parseDelay(String text) {
    return DelayParser.parse(text);
  }

  /**
   * Parses a local time in {@code zone}: {@code HH:MM} (today, or tomorrow once that time has
   * passed), {@code today HH:MM}, {@code tomorrow HH:MM}, {@code YYYY-MM-DD HH:MM} or {@code
   * YYYY-MM-DDTHH:MM}, each with optional {@code :SS} and a one- or two-digit hour, or a 12-hour
   * time such as {@code 10pm} or {@code tomorrow 9:30am}.
   *
   * <p>A time inside a daylight-saving gap moves forward by the length of the gap, and a time that
   * occurs twice resolves to its first occurrence; both add a warning to the result.
   *
   * @throws InvalidInputException when {@code text} has none of these forms, names a date or time
   *     that does not exist (such as {@code 2026-02-30} or {@code 25:00}), has passed or lies more
   *     than {@link #MAX_AHEAD} ahead
   */
  public static ResolvedTime parseAt(String text, Clock clock, ZoneId zone) {
    return AtTimeParser.parse(text, clock, zone);
  }

  /**
   * Resolves the {@code --at} and {@code --in} options of a stop into one moment.
   *
   * <p>A delay counts from the clock's instant and is rounded to the nearest whole second, so that
   * the moment stored and the moment printed agree, and so that {@link #describe} with the same
   * clock prints the delay as given, such as {@code in 1m} and not {@code in 1m 1s}.
   *
   * @return the moment, or empty when neither option is present, which means "now"
   * @throws InvalidInputException when both are present, or when the one present is invalid
   */
  public static Optional<ResolvedTime> resolve(
      Optional<String> at, Optional<String> in, Clock clock, ZoneId zone) {
    if (at.isPresent() && in.isPresent()) {
      throw new InvalidInputException(
          "Give either --at (a time, such as 22:00) or --in (a delay, such as 2h), not both.");
    }
    if (at.isPresent()) {
      return Optional.of(parseAt(at.get(), clock, zone));
    }
    if (in.isPresent()) {
      Instant exact = clock.instant().plus(parseDelay(in.get()));
      // Half a second rounds down, so that the distance from the clock's instant stays below the
      // half second at which describe rounds up.
      Instant when = exact.minusNanos(1).plusMillis(500).truncatedTo(ChronoUnit.SECONDS);
      return Optional.of(ResolvedTime.of(when));
    }
    return Optional.empty();
  }

  /**
   * Describes {@code when} as its local time, the zone and its distance from now, such as {@code
   * 2026-12-04 22:00 CET (Europe/Berlin), in 3h 12m} or {@code ..., 5m ago}.
   */
  public static String describe(Instant when, Clock clock, ZoneId zone) {
    return describe(when, clock, zone, false);
  }

  /**
   * Describes {@code when} as {@link #describe(Instant, Clock, ZoneId)} does, with the seconds of
   * the local time shown even when they are 0 if {@code withSeconds} is true, so that times
   * computed from a delay, such as {@code --in 1m}, print in one format.
   */
  public static String describe(Instant when, Clock clock, ZoneId zone, boolean withSeconds) {
    ZonedDateTime local = when.atZone(zone);
    Duration ahead = roundToSeconds(Duration.between(clock.instant(), when));
    String distance;
    if (ahead.isZero()) {
      distance = "now";
    } else if (ahead.isNegative()) {
      distance = formatDuration(ahead.negated()) + " ago";
    } else {
      distance = "in " + formatDuration(ahead);
    }
    String time = withSeconds ? local.format(SECONDS) : formatLocal(local);
    return time + zoneSuffix(local) + ", " + distance;
  }

  /**
   * Formats {@code duration} compactly with its two largest units, such as {@code 3h 12m}, {@code
   * 1d 2h}, {@code 12m 5s} or {@code 45s}, after rounding to the nearest second.
   *
   * <p>Smaller units are dropped, not rounded, so {@code 2h 59m 59s} prints as {@code 2h 59m}. A
   * negative duration gets a leading minus sign. The output is accepted by {@link #parseDelay}.
   */
  public static String formatDuration(Duration duration) {
    Duration rounded = roundToSeconds(duration);
    if (rounded.isNegative()) {
      return "-" + formatDuration(rounded.negated());
    }
    long[] parts = {
      rounded.toDays(), rounded.toHoursPart(), rounded.toMinutesPart(), rounded.toSecondsPart()
    };
    String[] units = {"d", "h", "m", "s"};
    int first = 0;
    while (first < parts.length - 1 && parts[first] == 0) {
      first++;
    }
    StringBuilder text = new StringBuilder().append(parts[first]).append(units[first]);
    if (first + 1 < parts.length && parts[first + 1] != 0) {
      text.append(' ').append(parts[first + 1]).append(units[first + 1]);
    }
    return text.toString();
  }

  /** Formats a local time with its zone's short name, with seconds only when they are not 0. */
  static String formatLocal(ZonedDateTime local) {
    return local.format(local.getSecond() == 0 ? MINUTES : SECONDS);
  }

  private static String zoneSuffix(ZonedDateTime local) {
    String shortName = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(local);
    String id = local.getZone().getId();
    return shortName.equals(id) ? "" : " (" + id + ")";
  }

  private static Duration roundToSeconds(Duration duration) {
    // Rounds the magnitude, because truncatedTo rounds towards zero on both sides.
    if (duration.isNegative()) {
      return roundToSeconds(duration.negated()).negated();
    }
    return duration.plusMillis(500).truncatedTo(ChronoUnit.SECONDS);
  }
}

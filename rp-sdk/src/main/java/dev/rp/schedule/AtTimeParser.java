package dev.rp.schedule;

import dev.rp.InvalidInputException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parser of local times such as {@code 22:00} or {@code tomorrow 9:30}, for {@code --at}. */
final class AtTimeParser {

  static final String ACCEPTED_FORMS =
      "Use HH:MM (today, or tomorrow once that time has passed), today HH:MM, tomorrow HH:MM,"
          + " YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM, each optionally with :SS, or a 12-hour time"
          + " with am or pm such as 10pm or 9:30am.";

  private static final Pattern AT =
      Pattern.compile(
          "(?:(?<day>today|tomorrow)\\s+"
              + "|(?<year>\\d{4})-(?<month>\\d{1,2})-(?<dayOfMonth>\\d{1,2})(?:\\s+|t))?"
              + "(?:(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?"
              + "|(?<hour12>\\d{1,2})(?::(?<minute12>\\d{2}))?\\s*(?<half>am|pm))");

  private static final DateTimeFormatter LOCAL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter TIME_OF_DAY =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private AtTimeParser() {}

  /**
   * Parses {@code text} as a local time in {@code zone} after the clock's current instant.
   *
   * @throws InvalidInputException when the text has none of the accepted forms, names a date or
   *     time that does not exist, or lies in the past or more than {@link ScheduleTimes#MAX_AHEAD}
   *     ahead
   */
  static ResolvedTime parse(String text, Clock clock, ZoneId zone) {
    String normalized = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    Matcher matcher = AT.matcher(normalized);
    if (!matcher.matches()) {
      throw invalid(text, zone, "");
    }

    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalTime time = timeOfDay(matcher, text, zone);
    String day = matcher.group("day");
    ResolvedTime resolved;
    if (matcher.group("year") != null) {
      resolved = resolve(date(matcher, text, zone).atTime(time), zone);
    } else if ("tomorrow".equals(day)) {
      resolved = resolve(today.plusDays(1).atTime(time), zone);
    } else {
      resolved = resolve(today.atTime(time), zone);
      if (day == null && !resolved.when().isAfter(now)) {
        resolved = resolve(today.plusDays(1).atTime(time), zone);
      }
    }

    String shown = ScheduleTimes.formatLocal(resolved.when().atZone(zone));
    if (!resolved.when().isAfter(now)) {
      String nowText = ScheduleTimes.formatLocal(now.atZone(zone));
      String next =
          "today".equals(day) ? "Use tomorrow " + time.format(TIME_OF_DAY) : "Give a later time";
      throw new InvalidInputException(
          String.format(
              "Invalid time '%s': %s has passed (it is now %s). %s.", text, shown, nowText, next));
    }
    if (resolved.when().isAfter(now.plus(ScheduleTimes.MAX_AHEAD))) {
      throw new InvalidInputException(
          String.format(
              "Invalid time '%s': %s is more than %d days ahead, the longest a stop can wait.",
              text, shown, ScheduleTimes.MAX_AHEAD.toDays()));
    }
    return resolved;
  }

  private static LocalTime timeOfDay(Matcher matcher, String text, ZoneId zone) {
    try {
      if (matcher.group("half") == null) {
        int second = matcher.group("second") == null ? 0 : number(matcher, "second");
        return LocalTime.of(number(matcher, "hour"), number(matcher, "minute"), second);
      }
      int hour12 = number(matcher, "hour12");
      if (hour12 < 1 || hour12 > 12) {
        throw invalid(text, zone, "A 12-hour time needs an hour from 1 to 12.");
      }
      int minute = matcher.group("minute12") == null ? 0 : number(matcher, "minute12");
      int hour = hour12 % 12 + ("pm".equals(matcher.group("half")) ? 12 : 0);
      return LocalTime.of(hour, minute);
    } catch (DateTimeException e) {
      throw invalid(text, zone, "That time of day does not exist.");
    }
  }

  private static LocalDate date(Matcher matcher, String text, ZoneId zone) {
    try {
      return LocalDate.of(
          number(matcher, "year"), number(matcher, "month"), number(matcher, "dayOfMonth"));
    } catch (DateTimeException e) {
      throw invalid(text, zone, "That date does not exist.");
    }
  }

  private static int number(Matcher matcher, String group) {
    return Integer.parseInt(matcher.group(group));
  }

  /**
   * Resolves a local time, moving one inside a daylight-saving gap forward by the length of the gap
   * and taking the first of two occurrences in an overlap, each with a warning.
   */
  static ResolvedTime resolve(LocalDateTime local, ZoneId zone) {
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    // ofLocal moves a time in a gap later by the gap's length and prefers the earlier offset.
    ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
    List<String> warnings = new ArrayList<>();
    if (transition != null) {
      String change =
          String.format(
              "clocks change from %s to %s that night",
              transition.getDateTimeBefore().format(TIME_OF_DAY),
              transition.getDateTimeAfter().format(TIME_OF_DAY));
      String shown = ScheduleTimes.formatLocal(zoned);
      if (transition.isGap()) {
        warnings.add(
            String.format(
                "%s does not exist in %s because %s; using %s instead.",
                local.format(LOCAL_TIME), zone.getId(), change, shown));
      } else {
        warnings.add(
            String.format(
                "%s occurs twice in %s because %s; using the first, %s (%s).",
                local.format(LOCAL_TIME), zone.getId(), change, shown, zoned.getOffset()));
      }
    }
    return ResolvedTime.builder().when(zoned.toInstant()).addAllWarnings(warnings).build();
  }

  private static InvalidInputException invalid(String text, ZoneId zone, String reason) {
    String why = reason.isEmpty() ? "" : reason + " ";
    return new InvalidInputException(
        "Invalid time '"
            + text
            + "'. "
            + why
            + ACCEPTED_FORMS
            + " Times are local to "
            + zone.getId()
            + ".");
  }
}

package dev.rp.schedule;

import dev.rp.InvalidInputException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parser of delays such as {@code 2h30m}, the values of {@code rp stop --in}. */
final class DelayParser {

  static final String ACCEPTED_FORMS =
      "Use whole numbers with the units d, h, m and s, largest unit first and each unit at most"
          + " once, such as 3h, 45m, 90s, 2h30m, 1h 30m or 1d2h30m.";

  // Spaces are allowed between the parts only, never between a number and its unit.
  private static final Pattern DELAY =
      Pattern.compile("(?:(\\d+)d)?\\s*(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?");

  private static final Pattern FRACTION = Pattern.compile(".*\\d[.,]\\d.*");

  private static final long[] UNIT_SECONDS = {86_400, 3_600, 60, 1};

  private DelayParser() {}

  /**
   * Parses {@code text} as a positive delay of at most {@link ScheduleTimes#MAX_AHEAD}.
   *
   * @throws InvalidInputException naming the value and the accepted forms
   */
  static Duration parse(String text) {
    String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    Matcher matcher = DELAY.matcher(trimmed);
    if (trimmed.isEmpty() || !matcher.matches()) {
      throw invalid(text, hint(trimmed));
    }

    BigInteger seconds = BigInteger.ZERO;
    for (int unit = 0; unit < UNIT_SECONDS.length; unit++) {
      String number = matcher.group(unit + 1);
      if (number != null) {
        BigInteger part = new BigInteger(number).multiply(BigInteger.valueOf(UNIT_SECONDS[unit]));
        seconds = seconds.add(part);
      }
    }

    if (seconds.signum() == 0) {
      throw invalid(text, "The delay must be longer than zero.");
    }
    if (seconds.compareTo(BigInteger.valueOf(ScheduleTimes.MAX_AHEAD.toSeconds())) > 0) {
      throw invalid(text, "The longest delay is " + ScheduleTimes.MAX_AHEAD.toDays() + "d.");
    }
    return Duration.ofSeconds(seconds.longValueExact());
  }

  private static String hint(String trimmed) {
    if (FRACTION.matcher(trimmed).matches()) {
      return "Fractions are not accepted: write 1h30m for one and a half hours.";
    }
    if (trimmed.startsWith("-")) {
      return "The delay must be longer than zero.";
    }
    if (trimmed.matches("\\d+")) {
      return "Every number needs a unit: write " + trimmed + "h or " + trimmed + "m.";
    }
    if (trimmed.matches(".*\\d")) {
      return "Every number needs a unit: write " + trimmed + "m, for example.";
    }
    return "";
  }

  private static InvalidInputException invalid(String text, String reason) {
    String prefix = "Invalid delay '" + text + "'. ";
    String why = reason.isEmpty() ? "" : reason + " ";
    return new InvalidInputException(prefix + why + ACCEPTED_FORMS);
  }
}

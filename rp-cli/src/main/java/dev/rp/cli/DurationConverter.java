package dev.rp.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts option values such as {@code 90s}, {@code 10m}, {@code 1h30m} or {@code 1d2h} to a
 * {@link Duration}: one or more whole numbers, each followed by {@code d}, {@code h}, {@code m} or
 * {@code s}, in any case.
 */
// NOTE: the SDK's scheduling code parses rp stop --in. Once the SDK exposes that parser, this
// converter should call it, so that both options accept exactly the same forms.
public final class DurationConverter implements ITypeConverter<Duration> {

  private static final Pattern WHOLE = Pattern.compile("(\\d+[dhms])+");
  private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");

  /** Returns the duration {@code value} spells. */
  @Override
  public Duration convert(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    if (!WHOLE.matcher(text).matches()) {
      throw invalid(value);
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(text);
    try {
      while (part.find()) {
        long amount = Long.parseLong(part.group(1));
        total = total.plus(unit(part.group(2)).multipliedBy(amount));
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw invalid(value);
    }
    if (total.isZero()) {
      throw new TypeConversionException("Duration '" + value + "' is zero; give a positive one");
    }
    return total;
  }

  private static Duration unit(String letter) {
    return switch (letter) {
      case "d" -> Duration.ofDays(1);
      case "h" -> Duration.ofHours(1);
      case "m" -> Duration.ofMinutes(1);
      default -> Duration.ofSeconds(1);
    };
  }

  private static TypeConversionException invalid(String value) {
    return new TypeConversionException(
        "'"
            + value
            + "' is not a duration; use numbers with units d, h, m or s, such as 90s, 10m or"
            + " 1h30m");
  }
}

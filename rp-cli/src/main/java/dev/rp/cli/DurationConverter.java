package dev.rp.cli;

import dev.rp.InvalidInputException;
import dev.rp.schedule.ScheduleTimes;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts option values such as {@code 90s}, {@code 10m}, {@code 1h30m} or {@code 1d2h} to a
 * {@link Duration} with {@link ScheduleTimes#parseDelay}, so that {@code --timeout} accepts exactly
 * the forms of {@code rp stop --in}.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

  /**
   * Returns the duration {@code value} spells.
   *
   * @throws TypeConversionException with the SDK's message, which names the value and lists the
   *     accepted forms, when {@code value} is not a positive delay of at most {@link
   *     ScheduleTimes#MAX_AHEAD}
   */
  @Override
  public Duration convert(String value) {
    try {
      return ScheduleTimes.parseDelay(value);
    } catch (InvalidInputException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}

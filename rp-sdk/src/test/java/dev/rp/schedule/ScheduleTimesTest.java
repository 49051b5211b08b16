package dev.rp.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTimesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  // 19:48 CET on a Friday in Berlin.
  private static final Clock FRIDAY_EVENING = fixed("2026-12-04T18:48:00Z");

  private static Clock fixed(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Nested
  class ParseDelay {

    @ParameterizedTest
    @CsvSource({
      "3h, PT3H",
      "45m, PT45M",
      "1d2h30m, PT26H30M",
      "90s, PT1M30S",
      "2h30m, PT2H30M",
      "1h 30m, PT1H30M",
      "1d 2h 3m 4s, PT26H3M4S",
      "2H30M, PT2H30M",
      "'  3h  ', PT3H",
      "0h30m, PT30M",
      "05m, PT5M",
      "365d, PT8760H",
    })
    void parseDelay_acceptedForm_returnsDuration(String text, Duration expected) {
      assertThat(ScheduleTimes.parseDelay(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "1.5h",
          "1,5h",
          "2h30",
          "30m2h",
          "1h1h",
          "0m",
          "0h0m",
          "-1h",
          "+1h",
          "",
          "   ",
          "h",
          "1 h",
          "3 hours",
          "3hours",
          "1w",
          "99999999999999999999999h",
          "366d",
          "8761h",
        })
    void parseDelay_otherForm_isRejectedWithAcceptedForms(String text) {
      assertThatThrownBy(() -> ScheduleTimes.parseDelay(text))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("'" + text + "'")
          .hasMessageContaining("such as 3h, 45m, 90s, 2h30m");
    }

    @ParameterizedTest
    @NullSource
    void parseDelay_null_isRejected(String text) {
      assertThatThrownBy(() -> ScheduleTimes.parseDelay(text))
          .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void parseDelay_fraction_explainsHowToWriteIt() {
      assertThatThrownBy(() -> ScheduleTimes.parseDelay("1.5h"))
          .hasMessageContaining("write 1h30m");
    }

    @Test
    void parseDelay_numberWithoutUnit_explainsUnit() {
      assertThatThrownBy(() -> ScheduleTimes.parseDelay("2h30"))
          .hasMessageContaining("needs a unit: write 2h30m");
    }

    @Test
    void parseDelay_bareNumber_suggestsBothUnits() {
      assertThatThrownBy(() -> ScheduleTimes.parseDelay("2"))
          .hasMessageContaining("needs a unit: write 2h or 2m.");
    }
  }

  @Nested
  class ParseAt {

    @ParameterizedTest
    @CsvSource({
      "22:00, 2026-12-04T21:00:00Z",
      "22:00:30, 2026-12-04T21:00:30Z",
      "9:30, 2026-12-05T08:30:00Z",
      "19:00, 2026-12-05T18:00:00Z",
      "19:48, 2026-12-05T18:48:00Z",
      "19:49, 2026-12-04T18:49:00Z",
      "today 23:59:30, 2026-12-04T22:59:30Z",
      "tomorrow 09:30, 2026-12-05T08:30:00Z",
      "Tomorrow 19:50, 2026-12-05T18:50:00Z",
      "'  tomorrow   9:30 ', 2026-12-05T08:30:00Z",
      "2026-12-05 9:30, 2026-12-05T08:30:00Z",
      "2026-12-05 10:00:15, 2026-12-05T09:00:15Z",
      "2026-12-05T10:00, 2026-12-05T09:00:00Z",
      "2026-12-05t10:00:15, 2026-12-05T09:00:15Z",
      "2027-1-5 10:00, 2027-01-05T09:00:00Z",
      "10pm, 2026-12-04T21:00:00Z",
      "10:30 PM, 2026-12-04T21:30:00Z",
      "9:30am, 2026-12-05T08:30:00Z",
      "12am, 2026-12-04T23:00:00Z",
      "12pm, 2026-12-05T11:00:00Z",
      "tomorrow 10pm, 2026-12-05T21:00:00Z",
    })
    void parseAt_acceptedForm_resolvesInZone(String text, Instant expected) {
      ResolvedTime time = ScheduleTimes.parseAt(text, FRIDAY_EVENING, BERLIN);

      assertThat(time.when()).isEqualTo(expected);
      assertThat(time.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "12/05 10:00",
          "05.12.2026 10:00",
          "25:00",
          "24:00",
          "22:60",
          "10:5",
          "10",
          "2200",
          "2026-02-30 10:00",
          "2026-13-01 10:00",
          "2026-12-05",
          "13pm",
          "0am",
          "10 p.m.",
          "next friday",
          "2026-12-05 10:00 CET",
          "2026-12-05T10:00Z",
          "",
        })
    void parseAt_otherForm_isRejectedWithAcceptedForms(String text) {
      assertThatThrownBy(() -> ScheduleTimes.parseAt(text, FRIDAY_EVENING, BERLIN))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("'" + text + "'")
          .hasMessageContaining("tomorrow HH:MM, YYYY-MM-DD HH:MM")
          .hasMessageContaining("Europe/Berlin");
    }

    @Test
    void parseAt_pastDate_isRejected() {
      assertThatThrownBy(() -> ScheduleTimes.parseAt("2026-12-01 10:00", FRIDAY_EVENING, BERLIN))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("has passed")
          .hasMessageContaining("it is now 2026-12-04 19:48");
    }

    @Test
    void parseAt_pastTimeToday_suggestsTomorrow() {
      assertThatThrownBy(() -> ScheduleTimes.parseAt("today 8:00", FRIDAY_EVENING, BERLIN))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("Use tomorrow 08:00.");
    }

    @Test
    void parseAt_moreThanAYearAhead_isRejected() {
      assertThatThrownBy(() -> ScheduleTimes.parseAt("2028-01-01 10:00", FRIDAY_EVENING, BERLIN))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("more than 365 days ahead");
    }

    @Test
    void parseAt_timeInDaylightSavingGap_movesForwardWithWarning() {
      Clock dayBefore = fixed("2026-03-28T12:00:00Z");

      ResolvedTime time = ScheduleTimes.parseAt("2026-03-29 02:30", dayBefore, BERLIN);

      assertThat(time.when()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
      assertThat(time.when().atZone(BERLIN).toLocalTime()).hasToString("03:30");
      assertThat(time.warnings()).hasSize(1);
      assertThat(time.warnings().get(0))
          .contains("2026-03-29 02:30 does not exist in Europe/Berlin")
          .contains("from 02:00 to 03:00")
          .contains("using 2026-03-29 03:30 CEST");
    }

    @Test
    void parseAt_timeOfDayInTodaysGap_movesForwardWithWarning() {
      Clock earlyMorning = fixed("2026-03-29T00:10:00Z");

      ResolvedTime time = ScheduleTimes.parseAt("02:30", earlyMorning, BERLIN);

      assertThat(time.when()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
      assertThat(time.warnings()).singleElement().asString().contains("does not exist");
    }

    @Test
    void parseAt_timeOccurringTwice_takesFirstWithWarning() {
      Clock dayBefore = fixed("2026-10-24T12:00:00Z");

      ResolvedTime time = ScheduleTimes.parseAt("2026-10-25 02:30", dayBefore, BERLIN);

      assertThat(time.when()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
      assertThat(time.when().atZone(BERLIN).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
      assertThat(time.warnings()).hasSize(1);
      assertThat(time.warnings().get(0))
          .contains("2026-10-25 02:30 occurs twice in Europe/Berlin")
          .contains("from 03:00 to 02:00")
          .contains("using the first, 2026-10-25 02:30 CEST (+02:00)");
    }

    @Test
    void parseAt_otherZone_resolvesThere() {
      ResolvedTime time = ScheduleTimes.parseAt("22:00", FRIDAY_EVENING, ZoneId.of("UTC"));

      assertThat(time.when()).isEqualTo(Instant.parse("2026-12-04T22:00:00Z"));
    }
  }

  @Nested
  class Resolve {

    @Test
    void resolve_atAndIn_isRejected() {
      assertThatThrownBy(
              () ->
                  ScheduleTimes.resolve(
                      Optional.of("22:00"), Optional.of("2h"), FRIDAY_EVENING, BERLIN))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("not both");
    }

    @Test
    void resolve_neither_isEmpty() {
      assertThat(ScheduleTimes.resolve(Optional.empty(), Optional.empty(), FRIDAY_EVENING, BERLIN))
          .isEmpty();
    }

    @Test
    void resolve_at_parsesLocalTime() {
      Optional<ResolvedTime> time =
          ScheduleTimes.resolve(Optional.of("22:00"), Optional.empty(), FRIDAY_EVENING, BERLIN);

      assertThat(time).map(ResolvedTime::when).contains(Instant.parse("2026-12-04T21:00:00Z"));
    }

    @Test
    void resolve_in_countsFromClock() {
      Optional<ResolvedTime> time =
          ScheduleTimes.resolve(Optional.empty(), Optional.of("2h"), FRIDAY_EVENING, BERLIN);

      assertThat(time).map(ResolvedTime::when).contains(Instant.parse("2026-12-04T20:48:00Z"));
    }

    @Test
    void resolve_inWithFractionalClock_roundsToNearestSecond() {
      Optional<ResolvedTime> down =
          ScheduleTimes.resolve(
              Optional.empty(), Optional.of("2h"), fixed("2026-12-04T18:48:00.250Z"), BERLIN);
      Optional<ResolvedTime> half =
          ScheduleTimes.resolve(
              Optional.empty(), Optional.of("2h"), fixed("2026-12-04T18:48:00.500Z"), BERLIN);
      Optional<ResolvedTime> up =
          ScheduleTimes.resolve(
              Optional.empty(), Optional.of("2h"), fixed("2026-12-04T18:48:00.750Z"), BERLIN);

      assertThat(down).map(ResolvedTime::when).contains(Instant.parse("2026-12-04T20:48:00Z"));
      assertThat(half).map(ResolvedTime::when).contains(Instant.parse("2026-12-04T20:48:00Z"));
      assertThat(up).map(ResolvedTime::when).contains(Instant.parse("2026-12-04T20:48:01Z"));
    }

    @Test
    void resolve_inThenDescribe_printsDelayAsGiven() {
      for (String clockTime : List.of("18:48:00.250", "18:48:00.500", "18:48:00.750")) {
        Clock clock = fixed("2026-12-04T" + clockTime + "Z");
        Instant when =
            ScheduleTimes.resolve(Optional.empty(), Optional.of("1m"), clock, BERLIN)
                .orElseThrow()
                .when();

        assertThat(ScheduleTimes.describe(when, clock, BERLIN, true))
            .as("clock at %s", clockTime)
            .endsWith(", in 1m");
      }
    }

    @Test
    void resolve_invalidDelay_isRejected() {
      assertThatThrownBy(
              () ->
                  ScheduleTimes.resolve(
                      Optional.empty(), Optional.of("1.5h"), FRIDAY_EVENING, BERLIN))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("'1.5h'");
    }
  }

  @Nested
  class Describe {

    private final Clock clock = fixed("2026-12-04T17:48:00Z");

    @Test
    void describe_withSeconds_showsZeroSeconds() {
      String text =
          ScheduleTimes.describe(Instant.parse("2026-12-04T21:00:00Z"), clock, BERLIN, true);

      assertThat(text).startsWith("2026-12-04 22:00:00 CET (Europe/Berlin), in 3h 12m");
    }

    @Test
    void describe_future_showsLocalTimeZoneAndDistance() {
      String text = ScheduleTimes.describe(Instant.parse("2026-12-04T21:00:00Z"), clock, BERLIN);

      assertThat(text).isEqualTo("2026-12-04 22:00 CET (Europe/Berlin), in 3h 12m");
    }

    @Test
    void describe_summerTime_showsSummerZoneName() {
      Clock summer = fixed("2026-07-01T08:00:00Z");

      String text = ScheduleTimes.describe(Instant.parse("2026-07-01T09:00:30Z"), summer, BERLIN);

      assertThat(text).isEqualTo("2026-07-01 11:00:30 CEST (Europe/Berlin), in 1h");
    }

    @Test
    void describe_past_showsAgo() {
      String text = ScheduleTimes.describe(Instant.parse("2026-12-04T17:43:00Z"), clock, BERLIN);

      assertThat(text).isEqualTo("2026-12-04 18:43 CET (Europe/Berlin), 5m ago");
    }

    @Test
    void describe_now_showsNow() {
      String text = ScheduleTimes.describe(clock.instant(), clock, ZoneId.of("UTC"));

      assertThat(text).isEqualTo("2026-12-04 17:48 UTC, now");
    }
  }

  @Nested
  class FormatDuration {

    @ParameterizedTest
    @CsvSource({
      "PT0S, 0s",
      "PT0.4S, 0s",
      "PT0.6S, 1s",
      "PT45S, 45s",
      "PT12M5S, 12m 5s",
      "PT12M, 12m",
      "PT3H12M30S, 3h 12m",
      "PT2H59M59.6S, 3h",
      "PT26H, 1d 2h",
      "PT24H5M, 1d",
      "PT-5M, -5m",
      "PT-1.7S, -2s",
    })
    void formatDuration_keepsTwoLargestUnits(Duration duration, String expected) {
      assertThat(ScheduleTimes.formatDuration(duration)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT45S", "PT12M5S", "PT3H12M", "PT26H", "PT720H"})
    void formatDuration_output_parsesBackAsDelay(Duration duration) {
      assertThat(ScheduleTimes.parseDelay(ScheduleTimes.formatDuration(duration)))
          .isEqualTo(duration);
    }
  }
}

package dev.rp.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitStatusTest {

  private final Instant now = Instant.parse("2026-06-01T12:00:00Z");

  @Test
  void parse_contractExample_readsEveryWindow() {
    RateLimitStatus status =
        RateLimitStatus.parse(
                "\"minute\";r=0;t=12, \"hour\";r=2800;t=1812, \"day\";r=49500;t=45012", now)
            .orElseThrow();

    assertThat(status.windows())
        .extracting(RateLimitStatus.Window::name)
        .containsExactly("minute", "hour", "day");
    assertThat(status.windows().get(0).remaining()).isZero();
    assertThat(status.windows().get(0).reset()).isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void parse_garbage_isEmpty() {
    assertThat(RateLimitStatus.parse("lots", now)).isEmpty();
    assertThat(RateLimitStatus.parse("\"minute\";r=x;t=1", now)).isEmpty();
    assertThat(RateLimitStatus.parse(null, now)).isEmpty();
  }

  @Test
  void minimumInterval_spreadsQuotaAboveReserve() {
    RateLimitStatus status = RateLimitStatus.parse("\"minute\";r=40;t=30", now).orElseThrow();

    assertThat(status.minimumInterval(now, 10)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void minimumInterval_quotaAtReserve_waitsForReset() {
    RateLimitStatus status = RateLimitStatus.parse("\"minute\";r=10;t=30", now).orElseThrow();

    assertThat(status.minimumInterval(now.plusSeconds(10), 10)).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void minimumInterval_resetWindow_isZero() {
    RateLimitStatus status = RateLimitStatus.parse("\"minute\";r=0;t=5", now).orElseThrow();

    assertThat(status.minimumInterval(now.plusSeconds(6), 10)).isEqualTo(Duration.ZERO);
  }

  @Test
  void minimumInterval_takesStrictestWindow() {
    RateLimitStatus status =
        RateLimitStatus.parse("\"minute\";r=70;t=60, \"hour\";r=110;t=3000", now).orElseThrow();

    assertThat(status.minimumInterval(now, 10)).isEqualTo(Duration.ofSeconds(30));
  }
}

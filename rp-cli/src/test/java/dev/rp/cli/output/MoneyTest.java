package dev.rp.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void perHour_printsThreeDecimals() {
    assertThat(Money.perHour(3.2)).isEqualTo("$3.200/hour");
    assertThat(Money.perHour(0.44)).isEqualTo("$0.440/hour");
  }

  @Test
  void amount_roundsHalfUp() {
    assertThat(Money.amount(1.2345)).isEqualTo("$1.235");
    assertThat(Money.amount(0)).isEqualTo("$0.000");
  }

  @Test
  void negativeAmount_putsSignFirst() {
    assertThat(Money.amount(-2.5)).isEqualTo("-$2.500");
  }

  @Test
  void total_doesNotDrift() {
    BigDecimal total = Money.total(Collections.nCopies(10, 0.1));

    assertThat(total).isEqualByComparingTo("1.0");
    assertThat(Money.amount(Money.total(List.of(3.2, 1.99, 0.44)))).isEqualTo("$5.630");
  }
}

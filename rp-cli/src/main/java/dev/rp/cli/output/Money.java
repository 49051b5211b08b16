package dev.rp.cli.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats US dollar amounts as the Python rp prints them: three decimals and a dollar sign, such as
 * {@code $3.200/hour}.
 */
public final class Money {

  private static final int DECIMALS = 3;

  private Money() {}

  /** Returns {@code dollars} as {@code $3.200}, rounded half up to three decimals. */
  public static String amount(double dollars) {
    return amount(BigDecimal.valueOf(dollars));
  }

  /** Returns {@code dollars} as {@code $3.200}, rounded half up to three decimals. */
  public static String amount(BigDecimal dollars) {
    BigDecimal rounded = dollars.setScale(DECIMALS, RoundingMode.HALF_UP);
    String sign = rounded.signum() < 0 ? "-" : "";
    return sign + "$" + rounded.abs().toPlainString();
  }

  /** Returns an hourly cost in US dollars as {@code $3.200/hour}. */
  public static String perHour(double dollarsPerHour) {
    return amount(dollarsPerHour) + "/hour";
  }

  /**
   * Returns the exact sum of {@code amounts}, in decimal so that a total of many prices does not
   * drift from the sum of the printed values.
   */
  public static BigDecimal total(Iterable<? extends Number> amounts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Number amount : amounts) {
      sum = sum.add(new BigDecimal(amount.toString()));
    }
    return sum;
  }
}

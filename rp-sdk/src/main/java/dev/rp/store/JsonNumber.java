package dev.rp.store;

import java.math.BigDecimal;

/**
 * JSON number kept as the literal text it was read from, so that a value rp does not change is
 * written back exactly as it was, such as {@code 1.0} staying {@code 1.0}.
 */
record JsonNumber(String literal) {

  /** Returns the number for {@code value}. */
  static JsonNumber of(long value) {
    return new JsonNumber(Long.toString(value));
  }

  /** Returns the number for {@code value}, without an exponent or trailing zeros. */
  static JsonNumber of(BigDecimal value) {
    return new JsonNumber(value.stripTrailingZeros().toPlainString());
  }

  /** Returns the exact value of the literal. */
  BigDecimal toBigDecimal() {
    return new BigDecimal(literal);
  }
}

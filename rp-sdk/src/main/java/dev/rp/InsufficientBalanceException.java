package dev.rp;

import java.util.List;

/** Thrown when the API answered 402: the account's balance does not cover the request. */
public class InsufficientBalanceException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception; the parameters are those of {@link ApiException}. */
  public InsufficientBalanceException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId) {
    super(message, status, title, detail, errors, requestId);
  }
}

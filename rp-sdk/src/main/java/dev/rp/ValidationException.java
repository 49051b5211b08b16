package dev.rp;

import java.util.List;

/** Thrown when the API answered 422: the request violates the API contract. Never retried. */
public class ValidationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception; the parameters are those of {@link ApiException}. */
  public ValidationException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId) {
    super(message, status, title, detail, errors, requestId);
  }
}

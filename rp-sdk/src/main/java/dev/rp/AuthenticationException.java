package dev.rp;

import java.util.List;

/** Thrown when the API answered 401: the API key is missing, invalid or revoked. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception; the parameters are those of {@link ApiException}. */
  public AuthenticationException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId) {
    super(message, status, title, detail, errors, requestId);
  }
}

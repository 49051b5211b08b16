package dev.rp;

import java.util.List;

/** Thrown when the API answered 403: the key is valid but lacks access to this resource. */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception; the parameters are those of {@link ApiException}. */
  public ForbiddenException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId) {
    super(message, status, title, detail, errors, requestId);
  }
}

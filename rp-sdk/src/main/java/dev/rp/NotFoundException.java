package dev.rp;

import java.util.List;

/** Thrown when the API answered 404: the pod or GPU type does not exist (any longer). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception; the parameters are those of {@link ApiException}. */
  public NotFoundException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId) {
    super(message, status, title, detail, errors, requestId);
  }
}

package dev.rp;

import java.util.List;

/** Thrown when the API answered 400: the request broke one of RunPod's rules. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception; the parameters are those of {@link ApiException}. */
  public BadRequestException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId) {
    super(message, status, title, detail, errors, requestId);
  }
}

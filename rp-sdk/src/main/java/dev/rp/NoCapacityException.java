package dev.rp;

import java.util.List;

/** Thrown when the API answered 400 because no host has the requested GPUs free right now. */
public class NoCapacityException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception; the parameters are those of {@link ApiException}. */
  public NoCapacityException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId) {
    super(message, status, title, detail, errors, requestId);
  }
}

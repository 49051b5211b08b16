package dev.rp;

import java.util.List;

/** Thrown when the API answered 409: the action is not valid in the pod's current state. */
public class InvalidStateTransitionException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception; the parameters are those of {@link ApiException}. */
  public InvalidStateTransitionException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId) {
    super(message, status, title, detail, errors, requestId);
  }
}

package dev.rp;

import java.util.List;

/** Thrown when the API answered with a 5xx status: a fault on RunPod's side, usually transient. */
public class ServerErrorException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception; the parameters are those of {@link ApiException}. */
  public ServerErrorException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId) {
    super(message, status, title, detail, errors, requestId);
  }

  @Override
  public boolean retryable() {
    return true;
  }
}

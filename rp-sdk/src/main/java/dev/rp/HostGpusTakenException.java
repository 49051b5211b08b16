package dev.rp;

import java.util.List;

/**
 * Thrown when a stopped pod cannot start because the GPUs of its host machine are taken by others.
 */
public class HostGpusTakenException extends NoCapacityException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception; the parameters are those of {@link ApiException}. */
  public HostGpusTakenException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId) {
    super(message, status, title, detail, errors, requestId);
  }
}

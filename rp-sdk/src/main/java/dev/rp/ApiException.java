package dev.rp;

import java.util.List;
import java.util.Optional;

/**
 * Thrown when the RunPod API answered a request with an error, described by an RFC 9457 problem.
 *
 * <p>Subtypes name the errors a caller can act on; this type itself covers any other status.
 */
public class ApiException extends RunPodException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final String detail;
  private final List<String> errors;
  private final String requestId;

  /**
   * Creates an exception for an error response.
   *
   * @param message the full message, naming the request, the value at fault and the next step
   * @param status the HTTP status
   * @param title the problem's title, or null
   * @param detail the problem's detail, or null
   * @param errors the problem's validation errors
   * @param requestId the request identifier RunPod returned, or null
   */
  public ApiException(
      String message,
      int status,
      String title,
      String detail,
      List<String> errors,
      String requestId) {
    super(message);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = List.copyOf(errors);
    this.requestId = requestId;
  }

  /** Returns the HTTP status. */
  public int status() {
    return status;
  }

  /** Returns the problem's title, such as {@code Conflict}. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** Returns the problem's detail, RunPod's explanation of this occurrence. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /** Returns the validation errors the problem listed, empty when there were none. */
  public List<String> errors() {
    return errors;
  }

  /** Returns the request identifier RunPod returned, for support requests. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Returns whether repeating the same request later may succeed. */
  public boolean retryable() {
    return false;
  }
}

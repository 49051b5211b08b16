package dev.rp;

/**
 * Root of every exception rp throws.
 *
 * <p>{@link ApiException} and its subtypes mean the RunPod API answered with an error; {@link
 * NoResponseException} means no answer came back. {@link InvalidInputException} is a value a user
 * supplied; the other direct subtypes describe local failures.
 */
public class RunPodException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with {@code message}. */
  public RunPodException(String message) {
    super(message);
  }

  /** Creates an exception with {@code message} caused by {@code cause}. */
  public RunPodException(String message, Throwable cause) {
    super(message, cause);
  }
}

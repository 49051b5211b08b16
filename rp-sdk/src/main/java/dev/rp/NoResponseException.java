package dev.rp;

/**
 * Thrown when no answer came back from the RunPod API: the connection failed, timed out or was cut.
 * A request that changes state, such as a create, may still have taken effect.
 */
public class NoResponseException extends RunPodException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with {@code message} caused by {@code cause}. */
  public NoResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.rp;

/**
 * Thrown when an SSH step failed: the SSH config could not be written, a host key changed, or a
 * command run over SSH failed. The message says what to do by hand where that helps.
 */
public class SshException extends RunPodException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with {@code message}. */
  public SshException(String message) {
    super(message);
  }

  /** Creates an exception with {@code message} caused by {@code cause}. */
  public SshException(String message, Throwable cause) {
    super(message, cause);
  }
}

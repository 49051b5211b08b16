package dev.rp;

/**
 * Thrown when a value a user supplied is invalid, such as a GPU spec, a storage size, an alias or a
 * time; the message names the value and the accepted forms.
 */
public class InvalidInputException extends RunPodException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with {@code message}. */
  public InvalidInputException(String message) {
    super(message);
  }
}

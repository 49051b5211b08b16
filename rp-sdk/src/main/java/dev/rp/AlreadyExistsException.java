package dev.rp;

/** Thrown when an alias or template already exists and the caller did not ask to replace it. */
public class AlreadyExistsException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with {@code message}, which says how to replace the existing one. */
  public AlreadyExistsException(String message) {
    super(message);
  }
}

package dev.rp.cli.output;

/**
 * Thrown when rp would have to ask the user something but stdin is not a terminal; the message
 * names the option or variable that supplies the answer instead. The command line exits with 2.
 */
public class TerminalRequiredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with {@code message}. */
  public TerminalRequiredException(String message) {
    super(message);
  }
}

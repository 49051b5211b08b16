package dev.rp.cli.output;

/** Thrown when the input ended, such as by Ctrl-D, before a prompt was answered. */
public class PromptCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with {@code message}. */
  public PromptCancelledException(String message) {
    super(message);
  }
}

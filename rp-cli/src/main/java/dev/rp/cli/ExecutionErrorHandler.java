package dev.rp.cli;

import dev.rp.InvalidInputException;
import dev.rp.RunPodException;
import dev.rp.cli.output.PromptCancelledException;
import dev.rp.cli.output.TerminalRequiredException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into one line on stderr, {@code rp: <message>}, and an
 * exit code: 2 for invalid input, 1 for everything else. With {@code --verbose} the stack trace and
 * its causes follow. Everything printed has the {@link Secrets} masked.
 */
final class ExecutionErrorHandler implements IExecutionExceptionHandler {

  /** Exit code of a failure while running. */
  static final int FAILURE = 1;

  /** Exit code of invalid input. */
  static final int INVALID_INPUT = 2;

  @Override
  public int handleExecutionException(Exception error, CommandLine command, ParseResult parsed) {
    boolean verbose = verboseRequested(parsed);
    PrintWriter err = command.getErr();
    err.println(Secrets.redact("rp: " + message(error, verbose)));
    if (verbose) {
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      err.print(Secrets.redact(trace.toString()));
    }
    err.flush();
    return exitCode(error);
  }

  /** Returns the exit code for {@code error}. */
  static int exitCode(Throwable error) {
    if (error instanceof InvalidInputException || error instanceof TerminalRequiredException) {
      return INVALID_INPUT;
    }
    return FAILURE;
  }

  /** Returns the one-line message for {@code error}, without the {@code rp: } prefix. */
  static String message(Throwable error, boolean verbose) {
    if (isKnown(error)) {
      return oneLine(
          error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }
    String detail = error.getMessage() == null ? "" : ": " + oneLine(error.getMessage());
    String text = "unexpected error: " + error.getClass().getName() + detail;
    return verbose ? text : text + " (rerun with --verbose for the stack trace)";
  }

  // The SDK's exceptions (InvalidInputException, ApiException, NoResponseException,
  // StoreException, SshException, WaitTimeoutException, MissingApiKeyException and the rest of
  // the RunPodException tree) and the prompt exceptions have messages written for users.
  private static boolean isKnown(Throwable error) {
    return error instanceof RunPodException
        || error instanceof TerminalRequiredException
        || error instanceof PromptCancelledException;
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** Returns whether {@code --verbose} was given to any command in {@code parsed}. */
  static boolean verboseRequested(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}

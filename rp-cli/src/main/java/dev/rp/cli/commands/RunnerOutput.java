package dev.rp.cli.commands;

import dev.rp.schedule.RunnerResult;
import java.io.PrintStream;
import java.nio.file.Path;

/** Prints a {@link RunnerResult} of an install or uninstall. */
final class RunnerOutput {

  private RunnerOutput() {}

  /**
   * Prints the result's message and files to {@code out}, and its warnings and the command to run
   * every minute by hand, when there is one, to {@code err}.
   */
  static void print(RunnerResult result, PrintStream out, PrintStream err) {
    out.println(result.message());
    for (Path file : result.files()) {
      out.println("  " + file);
    }
    for (String warning : result.warnings()) {
      err.println("Warning: " + warning);
    }
    // The manual runner's message names the command already.
    result
        .manualCommand()
        .filter(command -> !result.message().contains(command))
        .ifPresent(
            command -> err.println("Run this every minute to fire scheduled stops: " + command));
  }
}

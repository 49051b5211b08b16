package dev.rp.cli.commands;

import dev.rp.RunPodException;
import dev.rp.cli.CliContext;
import java.io.IOException;
import java.util.List;

/** Runs a program such as {@code ssh} or {@code cursor} on rp's own terminal. */
final class ExternalProgram {

  /** Exit code returned when rp is interrupted while the program runs, as for SIGINT. */
  static final int INTERRUPTED = 130;

  private ExternalProgram() {}

  /**
   * Runs {@code command} with rp's standard input, output and error, waits for it and returns its
   * exit code.
   *
   * @param missingHint what to do when the program cannot be started, such as how to install it
   * @throws RunPodException when the program cannot be started, naming it and {@code missingHint}
   */
  static int run(CliContext context, List<String> command, String missingHint) {
    // What rp printed so far must reach the terminal before the program's own output.
    context.out().flush();
    context.err().flush();
    Process process;
    try {
      process = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException e) {
      throw new RunPodException(
          "Could not run " + command.get(0) + " (" + e.getMessage() + "). " + missingHint, e);
    }
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      return INTERRUPTED;
    }
  }
}

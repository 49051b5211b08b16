package dev.rp.cli.commands;

import dev.rp.RunPodException;
import dev.rp.cli.CliContext;
import dev.rp.cli.RpCommand;
import dev.rp.pods.CleanReport;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Base of every {@code rp} subcommand: access to the run's {@link CliContext}, its streams, usage
 * errors and the automatic clean after API commands.
 */
@Command
public abstract class BaseCommand implements Callable<Integer> {

  /** Exit code of a command that succeeded. */
  protected static final int OK = 0;

  /** Exit code of a command that failed while running. */
  protected static final int FAILED = 1;

  /** The picocli model of this command, injected by picocli. */
  @Spec protected CommandSpec spec;

  /** Returns the context of this run, held by the top-level {@code rp} command. */
  protected CliContext context() {
    return ((RpCommand) spec.root().userObject()).context();
  }

  /** Returns the stream for data. */
  protected PrintStream out() {
    return context().out();
  }

  /** Returns the stream for diagnostics. */
  protected PrintStream err() {
    return context().err();
  }

  /**
   * Returns a usage error about this command, which the command line prints as one line and exits
   * with 2; throw it for a combination of options that picocli cannot check by itself.
   */
  protected ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /**
   * Removes what the Python rp's automatic clean after API commands removes: aliases of pods the
   * API answered 404 for, orphaned SSH entries and finished tasks. A failure is reported on stderr
   * and never fails the command, and it removes nothing.
   */
  protected void autoClean() {
    try {
      CleanReport report = context().apiClient().pods().clean();
      for (String alias : report.removedAliases()) {
        err().println("Removed alias " + alias + ": RunPod no longer has its pod.");
      }
    } catch (RunPodException e) {
      err().println("rp: automatic clean skipped: " + e.getMessage());
    }
  }
}

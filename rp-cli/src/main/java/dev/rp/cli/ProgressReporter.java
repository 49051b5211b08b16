package dev.rp.cli;

import dev.rp.cli.output.Progress;
import dev.rp.pods.PodProgress;
import dev.rp.pods.WaitProgress;
import java.io.PrintStream;

/**
 * Draws the SDK's progress of a create or start: a status line with the pod's status and the
 * elapsed time while waiting, then each step and the setup script's output as lines on stderr.
 */
public final class ProgressReporter implements PodProgress, AutoCloseable {
  private final CliContext context;
  private final String label;
  private Progress line;

  /** Creates a reporter whose status line starts with {@code label}, such as the alias. */
  public ProgressReporter(CliContext context, String label) {
    this.context = context;
    this.label = label;
  }

  @Override
  public synchronized void waiting(WaitProgress progress) {
    if (line == null) {
      line = Progress.start(label, context.terminal(), context.err());
    }
    String phase =
        switch (progress.phase()) {
          case WAITING_FOR_RUNNING -> "";
          case WAITING_FOR_SSH -> ", waiting for SSH";
          case READY -> ", ready";
        };
    line.update(
        progress.status().name().toLowerCase(java.util.Locale.ROOT) + phase, progress.elapsed());
  }

  @Override
  public synchronized void step(String message) {
    stopLine();
    err().println(message);
  }

  @Override
  public synchronized void setupOutput(String text) {
    stopLine();
    err().println("  | " + text);
  }

  private PrintStream err() {
    return context.err();
  }

  private void stopLine() {
    if (line != null) {
      line.stop();
      line = null;
    }
  }

  @Override
  public synchronized void close() {
    stopLine();
  }
}

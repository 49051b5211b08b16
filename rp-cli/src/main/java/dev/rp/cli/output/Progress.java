package dev.rp.cli.output;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows the progress of a wait, such as a pod starting, on stderr.
 *
 * <p>On a terminal one status line is redrawn in place ten times a second, with a spinner, the
 * status and the elapsed time; between updates the clock keeps counting from the last elapsed time
 * given. Elsewhere, such as in a log file, one plain line is printed per status change. Feed it
 * from a wait listener:
 *
 * <pre>{@code
 * try (Progress progress = Progress.start("Starting dev-1", terminal, System.err)) {
 *   pod.waitUntilRunning(timeout, (status, elapsed) -> progress.update(status.name(), elapsed));
 * }
 * }</pre>
 */
public abstract class Progress implements AutoCloseable {

  /** Interval between redraws of the status line on a terminal. */
  public static final Duration REDRAW_INTERVAL = Duration.ofMillis(100);

  final String label;
  final PrintStream err;

  Progress(String label, PrintStream err) {
    this.label = label;
    this.err = err;
  }

  /**
   * Starts showing progress labelled {@code label}, drawn in place when stderr is a terminal and as
   * plain lines otherwise.
   */
  public static Progress start(String label, Terminal terminal, PrintStream err) {
    if (terminal.stderrIsTerminal()) {
      return new LiveProgress(label, err, terminal.width(), terminal.unicode()).begin();
    }
    return new PlainProgress(label, err);
  }

  /** Records that the wait has reached {@code status} after {@code elapsed}. */
  public abstract void update(String status, Duration elapsed);

  /** Stops the display; a status line on a terminal is cleared. Calling it again does nothing. */
  public abstract void stop();

  /** Stops the display, as {@link #stop()} does. */
  @Override
  public void close() {
    stop();
  }

  /** Returns {@code elapsed} as {@code 45s}, {@code 2m05s} or {@code 1h02m03s}. */
  public static String formatElapsed(Duration elapsed) {
    long seconds = Math.max(0, elapsed.toSeconds());
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    long rest = seconds % 60;
    if (hours > 0) {
      return String.format("%dh%02dm%02ds", hours, minutes, rest);
    }
    if (minutes > 0) {
      return String.format("%dm%02ds", minutes, rest);
    }
    return rest + "s";
  }

  /** Progress as plain lines, one per status change. */
  static final class PlainProgress extends Progress {
    private String lastStatus;

    PlainProgress(String label, PrintStream err) {
      super(label, err);
    }

    @Override
    public synchronized void update(String status, Duration elapsed) {
      if (status.equals(lastStatus)) {
        return;
      }
      lastStatus = status;
      err.println(label + ": " + status + " after " + formatElapsed(elapsed));
      err.flush();
    }

    @Override
    public void stop() {}
  }

  /** Progress as a status line redrawn in place on a terminal. */
  static final class LiveProgress extends Progress {
    private static final String CLEAR_LINE = "\r\u001b[2K";
    private static final String[] UNICODE_FRAMES = {
      "⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"
    };
    private static final String[] ASCII_FRAMES = {"|", "/", "-", "\\"};

    private final int width;
    private final String[] frames;
    private final ScheduledExecutorService redraws;
    private String status;
    private Duration elapsedAtUpdate = Duration.ZERO;
    private long updatedAtNanos = System.nanoTime();
    private int frame;
    private boolean stopped;

    LiveProgress(String label, PrintStream err, int width, boolean unicode) {
      super(label, err);
      this.width = width;
      this.frames = unicode ? UNICODE_FRAMES : ASCII_FRAMES;
      this.redraws =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "rp-progress");
                thread.setDaemon(true);
                return thread;
              });
    }

    LiveProgress begin() {
      long interval = REDRAW_INTERVAL.toMillis();
      redraws.scheduleAtFixedRate(this::redraw, 0, interval, TimeUnit.MILLISECONDS);
      return this;
    }

    @Override
    public synchronized void update(String status, Duration elapsed) {
      this.status = status;
      this.elapsedAtUpdate = elapsed;
      this.updatedAtNanos = System.nanoTime();
    }

    synchronized void redraw() {
      if (stopped) {
        return;
      }
      Duration elapsed = elapsedAtUpdate.plusNanos(System.nanoTime() - updatedAtNanos);
      String text = frames[frame++ % frames.length] + " " + label;
      if (status != null) {
        text += ": " + status;
      }
      text += " " + formatElapsed(elapsed);
      // One column is left free so that the cursor never wraps to the next line.
      err.print(CLEAR_LINE + DisplayWidth.truncate(text, Math.max(1, width - 1)));
      err.flush();
    }

    @Override
    public void stop() {
      synchronized (this) {
        if (stopped) {
          return;
        }
        stopped = true;
      }
      redraws.shutdownNow();
      err.print(CLEAR_LINE);
      err.flush();
    }
  }
}

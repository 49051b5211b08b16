package dev.rp.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Prints one line when the user interrupts rp with Ctrl-C during a wait, saying what is left behind
 * and how to resume, such as that the pod is still tracked and billing.
 *
 * <p>Install it around the wait and close it afterwards:
 *
 * <pre>{@code
 * try (var notice = InterruptNotice.install(
 *     "pod " + id + " (" + alias + ") is still tracked; resume with: rp start " + alias,
 *     progress::stop)) {
 *   ... wait ...
 * }
 * }</pre>
 *
 * <p>The line is printed from a shutdown hook, so it also appears when the process gets SIGTERM.
 * The JVM then exits with 128 plus the signal number: 130 for Ctrl-C (SIGINT), 143 for SIGTERM.
 */
public final class InterruptNotice implements AutoCloseable {

  private final Thread hook;

  private InterruptNotice(Thread hook) {
    this.hook = hook;
  }

  /**
   * Installs a notice that runs {@code cleanup}, such as stopping a progress line, and then prints
   * {@code message} on stderr if the JVM shuts down before {@link #close()}.
   */
  public static InterruptNotice install(String message, Runnable cleanup) {
    return install(() -> message, cleanup, System.err);
  }

  /**
   * Installs a notice like {@link #install(String, Runnable)} whose message is computed when the
   * JVM shuts down; {@code message} may block briefly, such as to let a request in flight finish.
   */
  public static InterruptNotice install(Supplier<String> message, Runnable cleanup) {
    return install(message, cleanup, System.err);
  }

  static InterruptNotice install(Supplier<String> message, Runnable cleanup, PrintStream err) {
    Thread hook =
        new Thread(
            () -> {
              cleanup.run();
              err.println("rp: interrupted: " + message.get());
              err.flush();
            },
            "rp-interrupt-notice");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down, and the notice running now speaks for this step too.
      return new InterruptNotice(null);
    }
    return new InterruptNotice(hook);
  }

  /** Removes the notice, so that a normal exit prints nothing. */
  @Override
  public void close() {
    if (hook == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down, so the notice is running or has run.
    }
  }
}

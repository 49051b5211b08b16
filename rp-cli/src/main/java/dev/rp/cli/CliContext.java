package dev.rp.cli;

import dev.rp.RpPaths;
import dev.rp.cli.output.Prompts;
import dev.rp.cli.output.Terminal;
import java.io.PrintStream;
import java.util.Map;

/**
 * What every command shares for one run of {@code rp}: the streams, the terminal, the environment
 * and the paths of rp's files. Commands reach it through {@code BaseCommand.context()}.
 */
public final class CliContext {

  private final Map<String, String> env;
  private final Terminal terminal;
  private final PrintStream out;
  private final PrintStream err;
  private Prompts prompts;
  private RpPaths paths;
  private boolean verbose;

  /** Creates a context writing data to {@code out} and diagnostics to {@code err}. */
  public CliContext(Map<String, String> env, Terminal terminal, PrintStream out, PrintStream err) {
    this.env = Map.copyOf(env);
    this.terminal = terminal;
    this.out = out;
    this.err = err;
  }

  /** Returns the context of this process: its environment, {@code System.out} and {@code err}. */
  public static CliContext fromProcess(Terminal terminal) {
    return new CliContext(System.getenv(), terminal, System.out, System.err);
  }

  /** Returns the environment variables rp runs with. */
  public Map<String, String> env() {
    return env;
  }

  /** Returns the terminal facts. */
  public Terminal terminal() {
    return terminal;
  }

  /** Returns the stream for data, such as tables and JSON. */
  public PrintStream out() {
    return out;
  }

  /** Returns the stream for diagnostics, progress and prompts. */
  public PrintStream err() {
    return err;
  }

  /** Returns the prompts on stdin and stderr, created at first use. */
  public synchronized Prompts prompts() {
    if (prompts == null) {
      prompts = Prompts.create(terminal);
    }
    return prompts;
  }

  /** Replaces the prompts, for tests that answer them. */
  public synchronized void setPrompts(Prompts prompts) {
    this.prompts = prompts;
  }

  /** Returns the paths of rp's files for {@link #env()}, resolved at first use. */
  public synchronized RpPaths paths() {
    if (paths == null) {
      paths = RpPaths.fromEnvironment(env);
    }
    return paths;
  }

  /** Returns whether {@code --verbose} was given. */
  public boolean verbose() {
    return verbose;
  }

  void setVerbose(boolean verbose) {
    this.verbose = verbose;
  }
}

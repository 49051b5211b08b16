package dev.rp.cli;

import dev.rp.cli.output.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs {@code rp} inside the test JVM with captured stdout and stderr and no terminal. */
public final class InProcessRp {

  private InProcessRp() {}

  /** Runs {@code rp args} with the environment {@code env}. */
  public static Result run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context =
        new CliContext(
            env,
            Terminal.none(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    int exitCode = Main.run(context, args);
    return new Result(
        exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs {@code rp args} with an empty environment. */
  public static Result run(String... args) {
    return run(Map.of(), args);
  }

  /**
   * Outcome of a run.
   *
   * @param exitCode the exit code
   * @param out what was written to stdout
   * @param err what was written to stderr
   */
  public record Result(int exitCode, String out, String err) {}
}

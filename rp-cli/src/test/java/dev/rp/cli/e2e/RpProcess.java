package dev.rp.cli.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged launcher {@code rp-cli/target/rp} as a subprocess, as a user's shell would.
 *
 * <p>Each instance has its own {@code HOME}; the variables that would point rp elsewhere ({@code
 * RP_CONFIG_DIR}, {@code RP_SSH_CONFIG}, {@code XDG_*}, {@code RUNPOD_*}, {@code NO_COLOR}, {@code
 * RP_FORCE_TTY}, {@code COLUMNS}) are removed, so that rp derives every path from {@code HOME}.
 * {@code RP_DAEMON=0} keeps every run in its own JVM, without rp's background process. Tests add
 * what they need to {@link #env()}, such as {@code RUNPOD_API_URL} and {@code RUNPOD_API_KEY}.
 *
 * <pre>{@code
 * RpProcess rp = new RpProcess(tempDir);
 * rp.env().put("RUNPOD_API_URL", server.url("/").toString());
 * RpProcess.Result result = rp.run("list", "--json");
 * assertThat(result.exitCode()).as(result.describe()).isZero();
 * }</pre>
 */
public final class RpProcess {

  private static final List<String> REMOVED_VARIABLES =
      List.of(
          "RP_CONFIG_DIR",
          "RP_SSH_CONFIG",
          "XDG_CONFIG_HOME",
          "XDG_DATA_HOME",
          "RUNPOD_API_KEY",
          "RUNPOD_API_URL",
          "NO_COLOR",
          "RP_FORCE_TTY",
          "COLUMNS",
          "RP_JAVA_OPTS",
          "XDG_RUNTIME_DIR");

  private final Path launcher;
  private final Path home;
  private final Map<String, String> env = new HashMap<>();
  private Duration timeout = Duration.ofSeconds(60);

  /** Creates a runner of the packaged launcher with {@code home} as {@code HOME}. */
  public RpProcess(Path home) {
    this(launcher(), home);
  }

  /** Creates a runner of {@code launcher} with {@code home} as {@code HOME}. */
  public RpProcess(Path launcher, Path home) {
    this.launcher = launcher;
    this.home = home;
  }

  /**
   * Returns the packaged launcher, from the system property {@code rp.launcher.path} that the build
   * sets, else {@code target/rp} of the working directory.
   */
  public static Path launcher() {
    String configured = System.getProperty("rp.launcher.path");
    Path path = configured == null ? Path.of("target", "rp") : Path.of(configured);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          "Launcher " + path.toAbsolutePath() + " is missing; run mvn -pl rp-cli -am package");
    }
    return path.toAbsolutePath();
  }

  /** Returns the variables added to the environment; tests change it before a run. */
  public Map<String, String> env() {
    return env;
  }

  /** Returns the {@code HOME} of the runs. */
  public Path home() {
    return home;
  }

  /** Sets how long a run may take before it is killed and the test fails. */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  /** Runs {@code rp args} with empty stdin. */
  public Result run(String... args) {
    return runWithInput("", args);
  }

  /** Runs {@code rp args} with {@code stdin} as its input. */
  public Result runWithInput(String stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    return execute(command, stdin);
  }

  /**
   * Runs {@code rp args} under a pseudo-terminal, through util-linux's {@code script}, so that
   * stdin, stdout and stderr are all terminals. The terminal merges stdout and stderr into {@link
   * Result#stdout()} and writes line ends as {@code \r\n}.
   */
  public Result runInTerminal(String stdin, String... args) {
    StringBuilder shellCommand = new StringBuilder(quote(launcher.toString()));
    for (String arg : args) {
      shellCommand.append(' ').append(quote(arg));
    }
    return execute(List.of("script", "-qec", shellCommand.toString(), "/dev/null"), stdin);
  }

  /**
   * Starts {@code rp args} with empty stdin and returns while it runs, for tests that watch its
   * output or send it a signal.
   */
  public Running start(String... args) {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    try {
      Process process = builder(command).start();
      process.getOutputStream().close();
      return new Running(process, command, timeout);
    } catch (IOException e) {
      throw new UncheckedIOException("Starting " + command + " failed", e);
    }
  }

  private ProcessBuilder builder(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    REMOVED_VARIABLES.forEach(environment::remove);
    environment.put("HOME", home.toString());
    // Each run gets its own JVM unless a test turns rp's background process on.
    environment.put("RP_DAEMON", "0");
    environment.putAll(env);
    return builder;
  }

  private Result execute(List<String> command, String stdin) {
    ProcessBuilder builder = builder(command);
    try {
      Process process = builder.start();
      CompletableFuture<String> out = readAsync(process.getInputStream());
      CompletableFuture<String> err = readAsync(process.getErrorStream());
      try (OutputStream input = process.getOutputStream()) {
        input.write(stdin.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // The process exited without reading its input; its output shows why.
      }
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("rp " + command + " did not finish within " + timeout);
      }
      return new Result(process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException("Starting " + command + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for " + command, e);
    }
  }

  private static CompletableFuture<String> readAsync(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String quote(String arg) {
    return "'" + arg.replace("'", "'\\''") + "'";
  }

  /**
   * Outcome of a run.
   *
   * @param exitCode the exit code
   * @param stdout what the process wrote to stdout (and stderr, under a terminal)
   * @param stderr what the process wrote to stderr
   */
  public record Result(int exitCode, String stdout, String stderr) {

    /** Returns the whole outcome, for assertion messages. */
    public String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
  }

  /** A run of {@code rp} that {@link #start} left running. */
  public static final class Running {
    private final Process process;
    private final List<String> command;
    private final Duration timeout;
    private final CompletableFuture<String> out;
    private final StringBuffer err = new StringBuffer();
    private final Thread errReader;

    private Running(Process process, List<String> command, Duration timeout) {
      this.process = process;
      this.command = command;
      this.timeout = timeout;
      this.out = readAsync(process.getInputStream());
      this.errReader = new Thread(this::readErr, "rp-stderr");
      errReader.setDaemon(true);
      errReader.start();
    }

    private void readErr() {
      try (InputStream stream = process.getErrorStream()) {
        byte[] buffer = new byte[4096];
        for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
          err.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // The process ended; what was read so far is kept.
      }
    }

    /** Returns the process id of the JVM, which the launcher replaces itself with. */
    public long pid() {
      return process.pid();
    }

    /**
     * Waits until stderr contains {@code text}.
     *
     * @throws AssertionError when the process exits first or {@code limit} passes
     */
    public void awaitStderr(String text, Duration limit) throws InterruptedException {
      long deadline = System.nanoTime() + limit.toNanos();
      while (!err.toString().contains(text)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new AssertionError(
              "rp " + command + " printed no '" + text + "' on stderr; stderr so far:\n" + err);
        }
        Thread.sleep(20);
      }
    }

    /** Sends SIGINT, as Ctrl-C on a terminal does. */
    public void interrupt() throws IOException, InterruptedException {
      new ProcessBuilder("kill", "-INT", String.valueOf(pid())).inheritIO().start().waitFor();
    }

    /** Sends SIGTERM, as {@code kill PID} does. */
    public void terminate() throws IOException, InterruptedException {
      new ProcessBuilder("kill", "-TERM", String.valueOf(pid())).inheritIO().start().waitFor();
    }

    /** Returns the processes this run started that still run. */
    public List<ProcessHandle> descendants() {
      return process.descendants().filter(ProcessHandle::isAlive).toList();
    }

    /** Waits for the process to exit and returns its outcome. */
    public Result await() throws InterruptedException {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("rp " + command + " did not finish within " + timeout);
      }
      errReader.join(timeout.toMillis());
      return new Result(process.exitValue(), out.join(), err.toString());
    }
  }
}

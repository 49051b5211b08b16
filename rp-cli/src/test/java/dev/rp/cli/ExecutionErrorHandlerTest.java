package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.ApiException;
import dev.rp.InvalidInputException;
import dev.rp.MissingApiKeyException;
import dev.rp.NoResponseException;
import dev.rp.NotFoundLocallyException;
import dev.rp.SshException;
import dev.rp.StoreException;
import dev.rp.WaitTimeoutException;
import dev.rp.cli.output.PromptCancelledException;
import dev.rp.cli.output.TerminalRequiredException;
import dev.rp.pods.PodStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class ExecutionErrorHandlerTest {

  private static final String KEY = "rpa_SECRETSECRETSECRET";

  /** Command that throws the exception it was given. */
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    private final Exception error;

    @Option(names = "--verbose")
    boolean verbose;

    Boom(Exception error) {
      this.error = error;
    }

    @Override
    public Integer call() throws Exception {
      throw error;
    }
  }

  private final StringWriter err = new StringWriter();

  @AfterEach
  void forgetSecrets() {
    Secrets.clear();
  }

  private int run(Exception error, String... args) {
    CommandLine command = new CommandLine(new Boom(error));
    command.setErr(new PrintWriter(err, true));
    command.setExecutionExceptionHandler(new ExecutionErrorHandler());
    return command.execute(args);
  }

  static Stream<Arguments> knownErrors() {
    return Stream.of(
        Arguments.of(new InvalidInputException("Invalid GPU spec 'x'"), 2),
        Arguments.of(new NotFoundLocallyException("alias", "x", List.of("a", "b")), 2),
        Arguments.of(new TerminalRequiredException("Use --force instead."), 2),
        Arguments.of(new ApiException("Create failed: 500", 500, null, null, List.of(), null), 1),
        Arguments.of(new NoResponseException("No answer", new ConnectException("refused")), 1),
        Arguments.of(new StoreException("pods.json is corrupt", Path.of("pods.json")), 1),
        Arguments.of(new SshException("Host key changed"), 1),
        Arguments.of(
            new WaitTimeoutException("Pod p1 not ready", "p1", PodStatus.STARTING, Duration.ZERO),
            1),
        Arguments.of(new MissingApiKeyException(List.of("RUNPOD_API_KEY")), 1),
        Arguments.of(new PromptCancelledException("Input ended"), 1));
  }

  @ParameterizedTest
  @MethodSource("knownErrors")
  void knownError_printsItsMessageOnOneLine(Exception error, int exitCode) {
    int code = run(error);

    assertThat(code).isEqualTo(exitCode);
    assertThat(err.toString()).isEqualTo("rp: " + error.getMessage() + "\n");
  }

  @Test
  void unexpectedError_namesTypeAndVerbose() {
    int code = run(new IllegalStateException("bad state"));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "rp: unexpected error: java.lang.IllegalStateException: bad state (rerun with"
                + " --verbose for the stack trace)\n");
  }

  @Test
  void multiLineMessage_isJoined() {
    run(new InvalidInputException("first line\n  second line\n"));

    assertThat(err.toString()).isEqualTo("rp: first line second line\n");
  }

  @Test
  void verbose_addsStackTraceAndCauses() {
    int code = run(new NoResponseException("No answer", new IOException("reset")), "--verbose");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("rp: No answer\ndev.rp.NoResponseException: No answer\n\tat ")
        .contains("Caused by: java.io.IOException: reset");
  }

  @Test
  void withoutVerbose_printsNoStackTrace() {
    run(new NoResponseException("No answer", new IOException("reset")));

    assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Caused by");
  }

  @Test
  void apiKey_isMaskedInMessageAndTrace() {
    Secrets.register(KEY);

    run(new IllegalStateException("header was Bearer " + KEY), "--verbose");

    assertThat(err.toString()).doesNotContain(KEY).contains("Bearer ****");
  }
}

package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command line that a document of the repository shows, run with bash in the repository root, so
 * that a test fails when the document's command stops working.
 */
final class DocumentedCommand {
  private static final Path ROOT = Path.of(System.getProperty("rp.root.dir", ".."));

  /** Output and exit code of one run. */
  record Result(int exitCode, String output) {}

  private DocumentedCommand() {}

  /**
   * Returns the first line of {@code document}, a path from the repository root, that starts with
   * {@code prefix}.
   */
  static String find(String document, String prefix) throws IOException {
    List<String> commands =
        Files.readAllLines(ROOT.resolve(document)).stream()
            .filter(line -> line.startsWith(prefix))
            .toList();
    assertThat(commands).as("lines of " + document + " starting with " + prefix).isNotEmpty();
    return commands.get(0);
  }

  /**
   * Runs {@code command} with {@code environment} added and standard input from /dev/null, and
   * returns its output with standard error merged. The test's JDK comes first on PATH, so the
   * command runs that JDK's {@code java} and {@code jshell}, whatever else PATH contains.
   */
  static Result run(
      String command, Map<String, String> environment, Path outputFile, Duration timeout)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", command)
            .directory(ROOT.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectErrorStream(true)
            .redirectOutput(outputFile.toFile());
    builder.environment().putAll(environment);
    String jdkBin = Path.of(System.getProperty("java.home"), "bin").toString();
    builder.environment().put("PATH", jdkBin + ":" + System.getenv("PATH"));
    Process process = builder.start();
    boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!exited) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroyForcibly();
    }
    String output = Files.readString(outputFile);
    assertThat(exited).as("%s exited within %s, output:%n%s", command, timeout, output).isTrue();
    return new Result(process.exitValue(), output);
  }
}

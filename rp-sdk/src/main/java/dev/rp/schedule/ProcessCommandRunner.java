package dev.rp.schedule;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link CommandRunner} that starts processes, finding programs on a given {@code PATH}. */
final class ProcessCommandRunner implements CommandRunner {

  private static final Logger log = LoggerFactory.getLogger(ProcessCommandRunner.class);

  private final Map<String, String> environment;
  private final Duration timeout;

  ProcessCommandRunner(Map<String, String> environment, Duration timeout) {
    this.environment = Map.copyOf(environment);
    this.timeout = timeout;
  }

  @Override
  public CommandResult run(List<String> command, String stdin) {
    String program = command.get(0);
    // ProcessBuilder searches the PATH of this JVM, not the child's, so resolve it here.
    Optional<Path> executable = find(program);
    if (executable.isEmpty()) {
      String path = environment.getOrDefault("PATH", "");
      return CommandResult.of(
          CommandResult.NOT_FOUND, "", program + ": command not found on PATH " + path);
    }

    List<String> resolved = new ArrayList<>(command);
    resolved.set(0, executable.get().toString());
    Path stdout = null;
    Path stderr = null;
    try {
      stdout = Files.createTempFile("rp-command", ".out");
      stderr = Files.createTempFile("rp-command", ".err");
      return start(resolved, stdin, stdout, stderr);
    } catch (IOException e) {
      return CommandResult.of(
          CommandResult.NOT_FOUND, "", "Cannot run " + program + ": " + e.getMessage());
    } finally {
      deleteQuietly(stdout);
      deleteQuietly(stderr);
    }
  }

  private CommandResult start(List<String> command, String stdin, Path stdout, Path stderr)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().remove("RUNPOD_API_KEY");

    long started = System.nanoTime();
    Process process = builder.start();
    try (var input = process.getOutputStream()) {
      input.write(stdin.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // A command that ignores its input may exit before reading it.
      log.debug("{} did not read its input: {}", command.get(0), e.getMessage());
    }

    int exitCode;
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return CommandResult.of(
            -1, read(stdout), command.get(0) + " timed out after " + timeout.toSeconds() + " s");
      }
      exitCode = process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return CommandResult.of(-1, "", command.get(0) + " was interrupted");
    }
    log.debug(
        "{} exited with {} after {} ms",
        command,
        exitCode,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    return CommandResult.of(exitCode, read(stdout), read(stderr));
  }

  private Optional<Path> find(String program) {
    if (program.contains(File.separator)) {
      return Optional.of(Path.of(program));
    }
    String path = environment.getOrDefault("PATH", "");
    for (String folder : path.split(File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(folder, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.debug("Cannot delete {}: {}", file, e.getMessage());
    }
  }
}

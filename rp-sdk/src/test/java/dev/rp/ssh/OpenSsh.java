package dev.rp.ssh;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RpPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the real OpenSSH client for tests, with {@code HOME} set to a test's home folder. */
final class OpenSsh {

  /**
   * Output of one run.
   *
   * @param exitCode the process's exit code
   * @param output standard output and standard error, interleaved
   */
  record Result(int exitCode, String output) {}

  private OpenSsh() {}

  /** Returns paths rooted at {@code home}, as {@code HOME=home} would give. */
  static RpPaths paths(Path home) {
    return RpPaths.builder()
        .home(home)
        .configDir(home.resolve(".config/rp"))
        .sshConfig(home.resolve(".ssh/config"))
        .identityFile(home.resolve(".ssh/runpod"))
        .build();
  }

  /**
   * Returns {@code ssh -F config -G host}: the options ssh would use for {@code host}, the first
   * value of each, keyed by lower-case option name. Fails the test when ssh rejects the config.
   */
  static Map<String, String> resolve(Path home, Path config, String host) {
    Result result = run(home, List.of("ssh", "-T", "-F", config.toString(), "-G", host));
    assertThat(result.exitCode()).as("ssh -G %s:%n%s", host, result.output()).isZero();
    Map<String, String> options = new LinkedHashMap<>();
    for (String line : result.output().split("\n")) {
      String[] parts = line.split(" ", 2);
      if (parts.length == 2) {
        options.putIfAbsent(parts[0], parts[1]);
      }
    }
    return options;
  }

  /** Runs {@code ssh -F config <options> host command} without a terminal or prompts. */
  static Result connect(Path home, Path config, String host, String command) {
    List<String> argv =
        new ArrayList<>(List.of("ssh", "-T", "-F", config.toString(), "-o", "BatchMode=yes"));
    argv.add(host);
    argv.add(command);
    return run(home, argv);
  }

  /** Runs {@code command} with {@code HOME=home} and returns its exit code and output. */
  static Result run(Path home, List<String> command) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("HOME", home.toString());
      Process process = builder.start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), UTF_8);
      return new Result(process.waitFor(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code content} to {@code file}, creating its folders. */
  static Path write(Path file, String content) {
    return write(file, content.getBytes(UTF_8));
  }

  /** Writes {@code content} to {@code file}, creating its folders. */
  static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the content of {@code file} as UTF-8 text. */
  static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

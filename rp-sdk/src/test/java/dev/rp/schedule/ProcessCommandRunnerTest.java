package dev.rp.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCommandRunnerTest {

  @TempDir Path root;

  private Path script(String name, String body) throws Exception {
    Path bin = Files.createDirectories(root.resolve("bin"));
    Path file = bin.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  private CommandRunner runner(Map<String, String> environment) {
    return CommandRunner.onPath(environment, Duration.ofSeconds(10));
  }

  @Test
  void run_programOnPath_returnsOutput() throws Exception {
    script("greet", "echo \"hello $1\"\necho oops >&2\nexit 3\n");

    CommandResult result =
        runner(Map.of("PATH", root.resolve("bin").toString())).run("greet", "alice");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.stdout()).isEqualTo("hello alice\n");
    assertThat(result.stderr()).isEqualTo("oops\n");
  }

  @Test
  void run_programMissingFromPath_returnsNotFound() throws Exception {
    // ls is on this JVM's PATH, but not on the PATH the runner was given.
    Files.createDirectories(root.resolve("empty"));

    CommandResult result = runner(Map.of("PATH", root.resolve("empty").toString())).run("ls");

    assertThat(result.exitCode()).isEqualTo(CommandResult.NOT_FOUND);
    assertThat(result.stderr()).contains("ls: command not found");
  }

  @Test
  void run_stdin_reachesCommand() throws Exception {
    script("save", "/bin/cat > \"$1\"\n");
    Path saved = root.resolve("saved");

    CommandResult result =
        runner(Map.of("PATH", root.resolve("bin").toString()))
            .run(List.of("save", saved.toString()), "line 1\nline 2\n");

    assertThat(result.succeeded()).isTrue();
    assertThat(Files.readString(saved)).isEqualTo("line 1\nline 2\n");
  }

  @Test
  void run_environment_isGivenOneWithoutApiKey() throws Exception {
    script("show", "/usr/bin/env\n");

    CommandResult result =
        runner(
                Map.of(
                    "PATH", root.resolve("bin").toString(),
                    "RP_MARK", "present",
                    "RUNPOD_API_KEY", "rpa_SECRET"))
            .run("show");

    assertThat(result.stdout()).contains("RP_MARK=present").doesNotContain("rpa_SECRET");
  }

  @Test
  void run_commandPastTimeout_isKilled() throws Exception {
    script("hang", "exec /bin/sleep 30\n");

    long started = System.nanoTime();
    CommandResult result =
        CommandRunner.onPath(Map.of("PATH", root.resolve("bin").toString()), Duration.ofMillis(300))
            .run("hang");

    assertThat(result.succeeded()).isFalse();
    assertThat(result.stderr()).contains("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }
}

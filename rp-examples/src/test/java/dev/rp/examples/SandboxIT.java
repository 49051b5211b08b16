package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Try it without a RunPod account": scripts/sandbox serves the fake API and a real
 * sshd, and the documented rp commands create, list and destroy a pod against it.
 */
class SandboxIT {

  private static final Path ROOT = Path.of(System.getProperty("rp.root.dir", ".."));
  private static final Duration START_LIMIT = Duration.ofSeconds(180);

  @TempDir Path dir;

  private static String documented(String prefix) throws Exception {
    String line = DocumentedCommand.find("README.md", prefix);
    int comment = line.indexOf(" #");
    return (comment < 0 ? line : line.substring(0, comment)).strip();
  }

  @Test
  void readmeCommands_createListDestroy() throws Exception {
    Path folder = dir.resolve("sandbox");
    String sandbox = documented("scripts/sandbox ");
    String create = documented("rp-cli/target/rp create ");
    String destroy = documented("rp-cli/target/rp destroy ");
    assertThat(sandbox).isEqualTo("scripts/sandbox");
    Process server =
        new ProcessBuilder("bash", "-c", "exec " + sandbox + " '" + folder + "'")
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("sandbox.log").toFile())
            .start();
    try {
      Path env = folder.resolve("env");
      Instant deadline = Instant.now().plus(START_LIMIT);
      while (!Files.exists(env) && server.isAlive() && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }
      assertThat(env).as(Files.readString(dir.resolve("sandbox.log"))).exists();

      DocumentedCommand.Result result =
          DocumentedCommand.run(
              ". '" + env + "' && " + create + " && rp-cli/target/rp list && " + destroy,
              Map.of("RP_DAEMON", "0"),
              dir.resolve("output.txt"),
              Duration.ofSeconds(120));

      assertThat(result.exitCode()).as(result.output()).isZero();
      assertThat(result.output()).contains("dev").contains("running");
    } finally {
      server.descendants().forEach(ProcessHandle::destroy);
      server.destroy();
      server.onExit().get();
    }
  }
}

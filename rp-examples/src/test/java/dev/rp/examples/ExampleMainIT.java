package dev.rp.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RunPodClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code java -cp} command of rp-examples/README.md from the repository root: a real
 * {@code main} in a child JVM that finds the API URL, the key and the config folder in its
 * environment only.
 */
class ExampleMainIT {
  private static final Path ROOT = Path.of(System.getProperty("rp.root.dir", ".."));

  @TempDir Path dir;
  private ExampleFixture fixture;

  @BeforeEach
  void setUp() throws IOException {
    fixture = ExampleFixture.start(dir);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void documentedCommand_costReport_readsEnvironment() throws Exception {
    RunPodClient client = fixture.client();
    client.pods().track("train-1", fixture.fake.addPod("a", "NVIDIA A40", 1, "RUNNING"), false);
    fixture.fake.clearRequests();

    String command = documentedCommand();
    assertThat(command).endsWith(" dev.rp.examples.CostReport");
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", command + " </dev/null")
            .directory(ROOT.toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(fixture.environment());
    // The JDK that runs the tests provides java, whatever PATH finds first.
    builder.environment().put("PATH", jdkBin() + ":" + System.getenv("PATH"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).containsPattern("train-1 +running +1x NVIDIA A40 +0\\.40\n");
    assertThat(output).containsPattern("Total +0\\.40\n");
    assertThat(fixture.fake.count("GET", "/v2/pods")).isEqualTo(2);
  }

  private static String documentedCommand() throws IOException {
    List<String> commands =
        Files.readAllLines(ROOT.resolve("rp-examples/README.md")).stream()
            .filter(line -> line.startsWith("java -cp"))
            .toList();
    assertThat(commands).as("java -cp commands in rp-examples/README.md").isNotEmpty();
    return commands.get(0);
  }

  private static String jdkBin() {
    return Path.of(System.getProperty("java.home"), "bin").toString();
  }
}

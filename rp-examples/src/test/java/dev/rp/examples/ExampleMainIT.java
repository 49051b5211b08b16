package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RunPodClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the {@code java -cp} command of rp-examples/README.md: a real {@code main} in a child JVM
 * that finds the API URL, the key and the config folder in its environment only.
 */
class ExampleMainIT {
  @RegisterExtension final ExampleFixture fixture = ExampleFixture.withoutSshd();

  @Test
  void documentedCommand_costReport_readsEnvironment() throws Exception {
    RunPodClient client = fixture.client();
    client.pods().track("train-1", fixture.fake().addPod("a", "NVIDIA A40", 1, "RUNNING"), false);
    fixture.fake().clearRequests();
    String command = DocumentedCommand.find("rp-examples/README.md", "java -cp");
    assertThat(command).endsWith(" dev.rp.examples.CostReport");

    DocumentedCommand.Result result =
        DocumentedCommand.run(
            command,
            fixture.environment(),
            fixture.dir().resolve("output.txt"),
            Duration.ofSeconds(30));

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).containsPattern("train-1 +running +1x NVIDIA A40 +0\\.40\n");
    assertThat(result.output()).containsPattern("Total +0\\.40\n");
    assertThat(fixture.fake().count("GET", "/v2/pods")).isEqualTo(2);
  }
}

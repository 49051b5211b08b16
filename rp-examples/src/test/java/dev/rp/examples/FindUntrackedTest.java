package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RunPodClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FindUntrackedTest {
  @RegisterExtension final ExampleFixture fixture = ExampleFixture.withoutSshd();
  private RunPodClient client;

  @BeforeEach
  void setUp() throws Exception {
    client = fixture.client();
  }

  @Test
  void run_noArguments_listsOnlyUntrackedPods() throws Exception {
    client.pods().track("dev-1", fixture.fake().addPod("tracked", "RUNNING"), false);
    String first = fixture.fake().addPod("notebook", "RUNNING");
    String second = fixture.fake().addPod("old-run", "EXITED");

    String output = fixture.output(FindUntracked::run);

    assertThat(output).containsPattern(first + " +notebook +RUNNING +\\$0\\.\\d\\d/h");
    assertThat(output).containsPattern(second + " +old-run +EXITED +\\$0\\.00/h");
    assertThat(output).doesNotContain("tracked ");
    assertThat(output).contains("Track one with: rp track <alias> <pod id>");
    assertThat(client.stores().aliases().all()).containsOnlyKeys("dev-1");
  }

  @Test
  void run_prefix_tracksEachWithFreeNumber() throws Exception {
    client.pods().track("web-1", fixture.fake().addPod("tracked", "RUNNING"), false);
    String first = fixture.fake().addPod("notebook", "RUNNING");
    String second = fixture.fake().addPod("old-run", "EXITED");

    String output = fixture.output((c, out) -> FindUntracked.run(c, out, "web"));

    assertThat(output).contains("Tracked " + first + " as web-2");
    assertThat(output).contains("Tracked " + second + " as web-3");
    assertThat(client.pods().untracked()).isEmpty();
    assertThat(client.pods().get("web-3").podId()).isEqualTo(second);
  }

  @Test
  void run_everyPodTracked_saysSo() throws Exception {
    client.pods().track("dev-1", fixture.fake().addPod("tracked", "RUNNING"), false);

    assertThat(fixture.output(FindUntracked::run))
        .isEqualTo("Every pod on the account has an alias." + System.lineSeparator());
  }
}

package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RunPodClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CostReportTest {
  @RegisterExtension final ExampleFixture fixture = ExampleFixture.withoutSshd();

  @Test
  void run_mixedPods_printsCostsAndTotal() throws Exception {
    RunPodClient client = fixture.client();
    client.pods().track("train-1", fixture.fake().addPod("a", "NVIDIA A40", 2, "RUNNING"), false);
    client.pods().track("idle-1", fixture.fake().addPod("b", "NVIDIA A40", 1, "EXITED"), false);
    fixture.fake().addPod("made-on-website", "NVIDIA A40", 1, "RUNNING");

    String output = fixture.output(CostReport::run);

    assertThat(output).containsPattern("idle-1 +stopped +1x NVIDIA A40 +0\\.00\n");
    assertThat(output).containsPattern("train-1 +running +2x NVIDIA A40 +0\\.80\n");
    assertThat(output).containsPattern("1 untracked pod\\(s\\) +0\\.40\n");
    assertThat(output).containsPattern("Total +1\\.20\n");
  }

  @Test
  void run_podGone_showsInvalidAtNoCost() throws Exception {
    RunPodClient client = fixture.client();
    String podId = fixture.fake().addPod("a", "RUNNING");
    client.pods().track("gone-1", podId, false);
    fixture.fake().removePod(podId);

    String output = fixture.output(CostReport::run);

    assertThat(output).containsPattern("gone-1 +invalid +- +0\\.00\n");
    assertThat(output).doesNotContain("untracked");
    assertThat(output).containsPattern("Total +0\\.00\n");
  }
}

package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RunPodClient;
import dev.rp.testing.FakePod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HandleErrorsTest {
  private static final String H100 = "NVIDIA H100 80GB HBM3";
  private static final String A100 = "NVIDIA A100-SXM4-80GB";

  @RegisterExtension final ExampleFixture fixture = ExampleFixture.withSshd();

  @Test
  void run_noCapacity_triesNextGpuType() throws Exception {
    fixture.fake().noCapacity(H100);

    String output =
        fixture.output(
            (c, out) -> HandleErrors.run(c, out, "dev-1", "H100-SXM", "A100-SXM", "A40"));

    assertThat(output).contains("No H100-SXM free right now, trying the next GPU type\n");
    assertThat(output).contains("dev-1 runs on A100-SXM at $1.74/h\n");
    assertThat(fixture.fake().pods()).extracting(FakePod::gpuId).containsExactly(A100);
  }

  @Test
  void run_noGpuTypeHasCapacity_createsNothing() throws Exception {
    fixture.fake().noCapacity(H100);
    fixture.fake().noCapacity(A100);

    String output =
        fixture.output((c, out) -> HandleErrors.run(c, out, "dev-1", "H100-SXM", "A100-SXM"));

    assertThat(output).contains("None of [H100-SXM, A100-SXM] has capacity; try again later.\n");
    assertThat(fixture.fake().pods()).isEmpty();
  }

  @Test
  void run_rateLimited_waitsRetryAfterAndCreates() throws Exception {
    // rp retries a 429 three times by itself, so the fourth reaches the example.
    fixture.fake().on("POST", "/v2/pods").rateLimit(4, 1);

    String output = fixture.output((c, out) -> HandleErrors.run(c, out, "dev-1", "A40"));

    assertThat(output).contains("Rate limited, waiting 1s as the API requested\n");
    assertThat(output).contains("dev-1 runs on A40 at $0.40/h\n");
    assertThat(fixture.fake().count("POST", "/v2/pods")).isEqualTo(5);
  }

  @Test
  void run_podTerminated_untracksAndCreatesNewPod() throws Exception {
    RunPodClient client = fixture.client();
    String oldPod = client.pods().create("dev-1").gpu("A40").storage("0").submit().podId();
    fixture.fake().setStatus(oldPod, "TERMINATED");

    String output = fixture.output((c, out) -> HandleErrors.run(c, out, "dev-1", "A40"));

    assertThat(output).contains("dev-1 cannot start: its pod is terminated\n");
    assertThat(output).contains("dev-1 runs on A40 at $0.40/h\n");
    assertThat(client.pods().get("dev-1").podId()).isNotEqualTo(oldPod);
  }

  @Test
  void run_stoppedPod_startsIt() throws Exception {
    RunPodClient client = fixture.client();
    String podId = client.pods().create("dev-1").gpu("A40").storage("0").submit().podId();
    client.pods().alias("dev-1").stop();

    String output = fixture.output((c, out) -> HandleErrors.run(c, out, "dev-1", "A40"));

    assertThat(output).isEqualTo("dev-1 is running\n");
    assertThat(fixture.fake().pods()).extracting(FakePod::id).containsExactly(podId);
  }
}

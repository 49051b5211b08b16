package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.testing.FakePod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreateAndWaitTest {
  @RegisterExtension final ExampleFixture fixture = ExampleFixture.withSshd();

  @Test
  void run_gpuSpec_printsPlanAndEndpoint() throws Exception {
    String output =
        fixture.output((client, out) -> CreateAndWait.run(client, out, "dev-1", "2xA40", "20GB"));

    assertThat(output).contains("Plan: 2x A40 at $0.80/h");
    assertThat(output).contains("WAITING_FOR_RUNNING PROVISIONING");
    assertThat(output).contains("READY RUNNING");
    assertThat(output).contains("Ready: ssh dev-1 (root@127.0.0.1:" + fixture.sshd().port() + ")");
    assertThat(output).contains("Cost while running: $0.80/h");
    assertThat(fixture.fake().pods()).extracting(FakePod::status).containsExactly("RUNNING");
    assertThat(fixture.client().stores().aliases().all()).containsOnlyKeys("dev-1");
  }

  @Test
  void run_noArguments_createsDev1OnA40() throws Exception {
    String output = fixture.output((client, out) -> CreateAndWait.run(client, out));

    assertThat(output).contains("Plan: 1x A40 at $0.40/h").contains("Ready: ssh dev-1 (");
    assertThat(fixture.fake().pods()).extracting(FakePod::gpuId).containsExactly("NVIDIA A40");
  }
}

package dev.rp.pods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackedPodTest {

  private static Pod pod(String statusText) {
    return Pod.builder()
        .id("p1")
        .name("dev-1")
        .status(PodStatus.fromApi(statusText))
        .statusText(statusText)
        .image("img")
        .gpuCount(1)
        .costPerHour(0.5)
        .containerDiskGb(20)
        .volumeGb(0)
        .build();
  }

  private static TrackedPod tracked(Optional<Pod> pod) {
    return TrackedPod.builder().alias("dev-1").podId("p1").pod(pod).build();
  }

  @Test
  void statusLabel_usesPythonRpWords() {
    assertThat(tracked(Optional.of(pod("RUNNING"))).statusLabel()).isEqualTo("running");
    assertThat(tracked(Optional.of(pod("EXITED"))).statusLabel()).isEqualTo("stopped");
    assertThat(tracked(Optional.of(pod("PROVISIONING"))).statusLabel()).isEqualTo("provisioning");
  }

  @Test
  void statusLabel_unknownStatus_isApiText() {
    assertThat(pod("MIGRATING").statusLabel()).isEqualTo("migrating");
  }

  @Test
  void statusLabel_missingPod_isInvalid() {
    assertThat(tracked(Optional.empty()).statusLabel()).isEqualTo("invalid");
  }
}

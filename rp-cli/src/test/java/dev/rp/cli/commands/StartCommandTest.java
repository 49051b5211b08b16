package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.gpu.Cloud;
import dev.rp.pods.Pod;
import dev.rp.pods.PodStatus;
import dev.rp.pods.TrackedPod;
import org.junit.jupiter.api.Test;

class StartCommandTest {

  private static Pod.Builder pod() {
    return Pod.builder()
        .id("p1")
        .name("dev-1")
        .status(PodStatus.EXITED)
        .statusText("EXITED")
        .image("img")
        .containerDiskGb(20)
        .volumeGb(0)
        .costPerHour(0);
  }

  private static String describe(Pod pod, String cost) {
    TrackedPod tracked = TrackedPod.builder().alias("dev-1").podId("p1").pod(pod).build();
    return StartCommand.describe(tracked, pod, cost);
  }

  @Test
  void describe_gpuPod_namesGpusCloudAndCost() {
    Pod pod = pod().gpuTypeId("NVIDIA A40").gpuCount(2).cloud(Cloud.SECURE).build();

    assertThat(describe(pod, "$0.800/hour once running"))
        .isEqualTo(
            "Starting dev-1 (pod p1, stopped): 2x NVIDIA A40, secure cloud,"
                + " $0.800/hour once running");
  }

  @Test
  void describe_cpuPod_saysNoGpu() {
    assertThat(describe(pod().gpuCount(0).build(), "cost unknown"))
        .isEqualTo("Starting dev-1 (pod p1, stopped): no GPU, cost unknown");
  }

  @Test
  void hostGpusTaken_namesPodAndEveryOption() {
    String text = StartCommand.hostGpusTaken("dev-1", "p1");

    assertThat(text.lines().findFirst().orElseThrow())
        .startsWith("rp: cannot start dev-1 (pod p1): other users have taken the GPUs");
    assertThat(text)
        .contains("1. Wait and try again later: rp start dev-1")
        .contains("2. Terminate it and create a new pod")
        .contains("unless it is a network volume")
        .contains("3. Create a pod with another GPU type: rp create --gpu SPEC");
  }
}

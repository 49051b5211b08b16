package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.gpu.Cloud;
import dev.rp.pods.CreatePlan;
import dev.rp.pods.TrackedPod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodSummaryTest {

  private static CreatePlan.Builder plan() {
    return CreatePlan.builder()
        .alias("train-2")
        .templateId("train")
        .gpuTypeId("NVIDIA A100-SXM4-80GB")
        .gpuName("A100 SXM")
        .gpuCount(2)
        .gpuMemoryGb(80)
        .cloud(Cloud.COMMUNITY)
        .pricePerHour(3.2)
        .gpuReason("A100 matched 2 types; chose A100 SXM")
        .volumeGb(500)
        .containerDiskGb(20)
        .image("my/image:1")
        .ports(List.of("22/tcp", "8888/http"))
        .sshKeyRegistered(true);
  }

  @Test
  void plan_listsEveryResolvedValue() {
    String text = PodSummary.plan(plan().putConfig("path", "/workspace/x").build());

    assertThat(text.lines())
        .containsSubsequence(
            "Pod to create: train-2",
            "Alias:     train-2",
            "Template:  train",
            "GPU:       2x A100 SXM (NVIDIA A100-SXM4-80GB, 80 GB each)",
            "Why:       A100 matched 2 types; chose A100 SXM",
            "Cloud:     community",
            "Cost:      $3.200/hour",
            "Storage:   500GB",
            "Container: 20GB",
            "Image:     my/image:1",
            "Ports:     22/tcp, 8888/http",
            "Config:",
            "  path: /workspace/x");
    assertThat(text).endsWith("=".repeat(60) + "\n");
  }

  @Test
  void plan_noVolumeNoConfig_saysNone() {
    String text = PodSummary.plan(plan().volumeGb(0).build());

    assertThat(text).contains("Storage:   none\n").contains("Config:    none\n");
  }

  @Test
  void plan_replacingAlias_namesOldPod() {
    String text = PodSummary.plan(plan().replacedPodId("old123").build());

    assertThat(text).contains("Replaces:  pod old123, which is left as it is\n");
  }

  @Test
  void ready_failedSetup_showsExitCode() {
    TrackedPod pod =
        TrackedPod.builder().alias("dev-1").podId("p1").config(Map.of()).setupExitCode(3).build();

    assertThat(PodSummary.ready(pod, "ssh dev-1", 0.69))
        .isEqualTo(
            "Alias:     dev-1\n"
                + "Pod ID:    p1\n"
                + "SSH:       ssh dev-1\n"
                + "Cost:      $0.690/hour\n"
                + "Setup:     failed with exit code 3 (see above)\n");
  }

  @Test
  void ready_setupSucceeded_omitsSetupLine() {
    TrackedPod pod = TrackedPod.builder().alias("dev-1").podId("p1").setupExitCode(0).build();

    assertThat(PodSummary.ready(pod, "ssh dev-1", 0.69)).doesNotContain("Setup");
  }
}

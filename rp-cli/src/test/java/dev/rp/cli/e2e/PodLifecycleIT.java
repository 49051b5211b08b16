package dev.rp.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rp.cli.e2e.RpProcess.Result;
import dev.rp.testing.FakePod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Create, start, stop and destroy through the launcher, with a real sshd as the pods. */
class PodLifecycleIT extends PodTestBase {

  @Test
  void create_explicitFlags_runsSetupAndConnects() throws Exception {
    Path marker = home.resolve("setup ran");
    pods.writeSetupScript("#!/bin/bash\necho \"$RP_ALIAS $RP_POD_ID\" > '" + marker + "'\n");

    Result result =
        rp.run(
            "create",
            "--alias",
            "dev-1",
            "--gpu",
            "RTX4090",
            "--storage",
            "20GB",
            "--config",
            "path=/workspace/project");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    FakePod pod = pods.fake().pods().get(0);
    assertThat(Files.readString(marker).strip()).isEqualTo("dev-1 " + pod.id());
    assertThat(result.stderr())
        .contains("GPU:       1x RTX 4090 (NVIDIA GeForce RTX 4090, 24 GB each)")
        .contains("Storage:   20GB")
        .contains("  path: /workspace/project");
    assertThat(result.stdout())
        .contains("Alias:     dev-1\n")
        .contains("Pod ID:    " + pod.id() + "\n")
        .contains("SSH:       ssh -F " + home.resolve(".ssh/config") + " dev-1\n")
        .containsPattern("Cost:      \\$\\d+\\.\\d{3}/hour\n")
        .doesNotContain("Setup:");
    assertThat(pods.podsJson()).contains("\"dev-1\"").contains(pod.id());
    assertThat(pods.ssh("dev-1", "true").exitCode()).isZero();
  }

  @Test
  void stopThenStart_movesSshEntryToNewPort() throws Exception {
    String id = pods.runningPod("dev-1", Map.of());
    int firstPort = pods.fake().pod(id).orElseThrow().sshPort().orElseThrow();

    Result stopped = rp.run("stop", "dev-1");

    assertThat(stopped.exitCode()).as(stopped.describe()).isZero();
    assertThat(stopped.stdout()).isEqualTo("Stopped dev-1 (pod " + id + ")\n");
    assertThat(pods.fake().pod(id).orElseThrow().status()).isEqualTo("EXITED");
    assertThat(pods.managedSshConfig()).doesNotContain("Host dev-1");
    assertThat(pods.ssh("dev-1", "true").exitCode()).isNotZero();

    Result started = rp.run("start", "dev-1");

    assertThat(started.exitCode()).as(started.describe()).isZero();
    int secondPort = pods.fake().pod(id).orElseThrow().sshPort().orElseThrow();
    assertThat(secondPort).isNotEqualTo(firstPort);
    assertThat(started.stderr())
        .contains("Starting dev-1 (pod " + id + ", stopped): 1x NVIDIA GeForce RTX 4090")
        .containsPattern(", secure cloud, \\$\\d+\\.\\d{3}/hour once running\n");
    assertThat(started.stdout()).contains("Pod ID:    " + id + "\n");
    assertThat(pods.managedSshConfig()).contains("Host dev-1").contains("Port " + secondPort);
    assertThat(pods.ssh("dev-1", "true").exitCode()).isZero();
  }

  @Test
  void start_failingSetup_warnsAndExitsZero() throws Exception {
    pods.stoppedPod("dev-1");
    pods.writeSetupScript("#!/bin/bash\necho about to fail\nexit 3\n");

    Result result = rp.run("start", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stderr())
        .contains("  | about to fail")
        .contains("setup.sh failed with exit code 3");
    assertThat(result.stdout()).contains("Setup:     failed with exit code 3");
  }

  @Test
  void create_fromTemplate_noWait_usesTemplateValues() throws Exception {
    Files.createDirectories(pods.configDir());
    Files.writeString(
        pods.configDir().resolve("pods.json"),
        """
        {
          "aliases": {},
          "pod_metadata": {},
          "scheduled_tasks": [],
          "pod_templates": {
            "train": {
              "identifier": "train",
              "alias_template": "train-{i}",
              "gpu_spec": "A40",
              "storage_spec": "50GB",
              "container_disk_spec": null,
              "image": null,
              "config": {"path": "/workspace/train"}
            }
          }
        }
        """);

    Result result = rp.run("create", "train", "--no-wait");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    FakePod pod = pods.fake().pods().get(0);
    assertThat(pod.gpuId()).isEqualTo("NVIDIA A40");
    assertThat(pod.name()).isEqualTo("train-1");
    assertThat(result.stderr()).contains("Template:  train").contains("Storage:   50GB");
    assertThat(result.stdout())
        .contains("Alias:     train-1\n")
        .contains("SSH:       none yet; rp start train-1");
    assertThat(pods.sdk().pods().alias("train-1").config())
        .containsEntry("path", "/workspace/train");
  }

  @Test
  void create_dryRun_printsPlanAndCreatesNothing() throws Exception {
    Result result =
        rp.run(
            "create",
            "--alias",
            "big-1",
            "--gpu",
            "2xH100",
            "--storage",
            "500GB",
            "--container-disk",
            "30GB",
            "--image",
            "my/image:1",
            "--dry-run");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout())
        .contains("Alias:     big-1\n")
        .containsPattern("GPU:       2x H100 \\S+ \\(NVIDIA H100 [^,]+, \\d+ GB each\\)\n")
        .containsPattern("Cost:      \\$\\d+\\.\\d{3}/hour\n")
        .contains("Storage:   500GB\n")
        .contains("Container: 30GB\n")
        .contains("Image:     my/image:1\n")
        .contains("Why:       H100 matched");
    assertThat(result.stderr()).contains("Dry run: nothing was created.");
    assertThat(pods.fake().count("POST", "/v2/pods")).isZero();
    assertThat(pods.podsJson()).doesNotContain("big-1");
  }

  @Test
  void destroy_force_terminatesAndForgets() throws Exception {
    String id = pods.runningPod("dev-1", Map.of());

    Result result = rp.run("destroy", "dev-1", "--force");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).isEqualTo("Destroyed dev-1\n");
    assertThat(pods.fake().pod(id)).isEmpty();
    assertThat(pods.podsJson()).doesNotContain("dev-1");
    assertThat(pods.managedSshConfig()).doesNotContain("Host dev-1");
  }

  @Test
  void destroy_withoutForceOrTerminal_isRefused() throws Exception {
    String id = pods.stoppedPod("dev-1");

    Result result = rp.run("destroy", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stderr()).contains("--force").hasLineCount(1);
    assertThat(pods.fake().pod(id)).isPresent();
    assertThat(pods.podsJson()).contains("dev-1");
    assertThat(pods.fake().count("DELETE", "/v2/pods")).isZero();
  }

  @Test
  void destroy_onTerminal_asksAndDestroysOnYes() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is missing");
    String id = pods.stoppedPod("dev-1");

    Result result = rp.runInTerminal("y\n", "destroy", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout())
        .contains(
            "Terminate pod " + id + " (dev-1)? Its volume and all data on it are deleted. [y/N]")
        .contains("Destroyed dev-1");
    assertThat(pods.fake().pod(id)).isEmpty();
  }

  @Test
  void create_onTerminal_addsKeyAndWritesSetupScript() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is missing");
    String otherKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOtherKeyOtherKeyOtherKeyOther other";
    pods.fake().setSshKeys(List.of(otherKey));

    Result result =
        rp.runInTerminal("y\ny\n", "create", "--alias", "dev-1", "--gpu", "A40", "--storage", "0");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout())
        .contains("Add " + home.resolve(".ssh/runpod.pub") + " to your RunPod account's SSH keys?")
        .contains("Create a default one that prints the pod's GPUs? [y/N]")
        .contains("Setting up dev-1 (pod ");
    assertThat(pods.fake().sshKeys()).containsExactly(otherKey, sshd.clientPublicKey());
    assertThat(pods.configDir().resolve("setup.sh")).exists();
  }

  @Test
  void create_unregisteredKeyWithoutTerminal_createsNothing() {
    pods.fake().setSshKeys(List.of());

    Result result = rp.run("create", "--alias", "dev-1", "--gpu", "A40", "--storage", "0");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr())
        .contains("rp: The public key " + home.resolve(".ssh/runpod.pub"))
        .contains("on a terminal")
        .contains("RunPod console under Settings, SSH public keys");
    assertThat(pods.fake().count("POST", "/v2/pods")).isZero();
    assertThat(pods.fake().sshKeys()).isEmpty();
  }

  @Test
  void create_missingKeyPair_isOneLineWithKeygenCommand() throws IOException {
    Files.delete(home.resolve(".ssh/runpod"));
    Files.delete(home.resolve(".ssh/runpod.pub"));

    Result result = rp.run("create", "--alias", "dev-1", "--gpu", "A40", "--storage", "0");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr())
        .hasLineCount(1)
        .contains("ssh-keygen -t ed25519 -f " + home.resolve(".ssh/runpod"));
    assertThat(pods.fake().count("POST", "/v2/pods")).isZero();
  }

  @Test
  void create_unknownGpu_isUsageErrorWithSuggestions() {
    Result result = rp.run("create", "--alias", "dev-1", "--gpu", "H1OO", "--storage", "0");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stderr())
        .hasLineCount(1)
        .contains("Unknown GPU model 'H1OO'")
        .contains("Closest names in the catalog:");
    assertThat(pods.fake().count("POST", "/v2/pods")).isZero();
  }

  @Test
  void create_invalidConfig_namesTheValue() {
    Result result =
        rp.run("create", "--alias", "dev-1", "--gpu", "A40", "--storage", "0", "--config", "=x");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stderr()).contains("'=x'").hasLineCount(1);
  }

  @Test
  void create_noCapacity_isOneLineAndTracksNothing() throws IOException {
    pods.fake().noCapacity("NVIDIA GeForce RTX 4090");

    Result result = rp.run("create", "--alias", "dev-1", "--gpu", "RTX4090", "--storage", "0");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr().lines().filter(line -> line.startsWith("rp: ")))
        .singleElement()
        .asString()
        .contains("no capacity for GPU type 'NVIDIA GeForce RTX 4090'");
    assertThat(pods.fake().pods()).isEmpty();
    assertThat(pods.podsJson()).doesNotContain("dev-1");
  }

  @Test
  void start_hostGpusTaken_explainsOptions() {
    String id = pods.stoppedPod("dev-1");
    pods.fake().hostGpusTaken(id);

    Result result = rp.run("start", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr())
        .contains("rp: cannot start dev-1 (pod " + id + "): other users have taken the GPUs")
        .contains("Wait and try again later: rp start dev-1")
        .contains("rp destroy dev-1, then rp create")
        .contains("unless it is a network volume")
        .contains("rp create --gpu SPEC");
    assertThat(pods.fake().pod(id).orElseThrow().status()).isEqualTo("EXITED");
  }

  @Test
  void wrongApiKey_failsWithoutPrintingKey() {
    String wrongKey = "rpa_WRONG0123456789ABCDEFGHIJ";
    rp.env().put("RUNPOD_API_KEY", wrongKey);

    Result result = rp.run("create", "--alias", "dev-1", "--gpu", "A40", "--storage", "0");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr()).contains("RunPod rejected the API key").hasLineCount(1);
    assertThat(result.stdout()).doesNotContain(wrongKey);
    assertThat(result.stderr()).doesNotContain(wrongKey);
  }

  @Test
  void unknownAlias_listsKnownAliases() {
    pods.stoppedPod("alpha");
    pods.stoppedPod("beta");

    Result result = rp.run("stop", "gamma");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stderr())
        .isEqualTo("rp: Unknown alias 'gamma'. Known aliases: alpha, beta\n");
  }

  @Test
  void stop_dryRun_changesNothing() {
    String id = pods.runningPod("dev-1", Map.of());

    Result result = rp.run("stop", "dev-1", "--dry-run");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).startsWith("Would stop dev-1 (pod " + id + ", running now)");
    assertThat(pods.fake().pod(id).orElseThrow().status()).isEqualTo("RUNNING");
    assertThat(pods.fake().count("POST", "/v2/pods/" + id + "/action")).isZero();
  }

  @Test
  void create_interrupted_keepsAliasAndSaysHowToResume() throws Exception {
    pods.fake().provisioningTime(Duration.ofSeconds(30));
    RpProcess.Running running =
        rp.start("create", "--alias", "slow-1", "--gpu", "A40", "--storage", "0");
    running.awaitStderr("Created pod ", Duration.ofSeconds(30));

    running.interrupt();
    Result result = running.await();

    String id = pods.fake().pods().get(0).id();
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(130);
    assertThat(result.stderr())
        .contains("rp: interrupted: pod " + id + " is tracked as slow-1 and still starting")
        .contains("rp start slow-1")
        .contains("rp destroy slow-1");
    assertThat(pods.podsJson()).contains("slow-1").contains(id);
  }

  @Test
  void create_interruptedDuringRequest_tracksThePod() throws Exception {
    pods.fake().on("POST", "/v2/pods").delay(1, Duration.ofSeconds(4));
    RpProcess.Running running =
        rp.start("create", "--alias", "slow-1", "--gpu", "A40", "--storage", "0", "--no-wait");
    running.awaitStderr("Config:", Duration.ofSeconds(30));
    Thread.sleep(1000);

    running.interrupt();
    Result result = running.await();

    assertThat(pods.fake().pods()).hasSize(1);
    String id = pods.fake().pods().get(0).id();
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(130);
    assertThat(pods.podsJson()).contains("slow-1").contains(id);
    assertThat(result.stderr()).contains("rp: interrupted: pod " + id + " is tracked as slow-1");
  }

  @Test
  void start_interrupted_saysHowToResume() throws Exception {
    String id = pods.stoppedPod("dev-1");
    pods.fake().startingTime(Duration.ofSeconds(30));
    RpProcess.Running running = rp.start("start", "dev-1");
    running.awaitStderr("Start requested for pod " + id, Duration.ofSeconds(30));

    running.interrupt();
    Result result = running.await();

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(130);
    assertThat(result.stderr())
        .contains("rp: interrupted: pod " + id + " is tracked as dev-1 and still starting")
        .contains("Resume with rp start dev-1, or remove it with rp destroy dev-1.");
  }
}

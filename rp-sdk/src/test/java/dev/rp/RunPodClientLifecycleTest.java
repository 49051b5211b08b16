package dev.rp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.pods.PodProgress;
import dev.rp.pods.PodStatus;
import dev.rp.pods.TrackedPod;
import dev.rp.testing.FakeRunPod;
import dev.rp.testing.Sshd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pod's whole life through the fluent API, against the fake API and a real sshd. */
class RunPodClientLifecycleTest {
  @TempDir Path dir;
  private Path home;
  private Sshd sshd;
  private FakeRunPod fake;
  private RunPodClient client;

  @BeforeEach
  void setUp() throws IOException {
    home = Files.createDirectories(dir.resolve("home with space"));
    sshd = Sshd.start(dir.resolve("sshd"), 2);
    fake =
        FakeRunPod.start()
            .sshHost("127.0.0.1")
            .sshPorts(sshd.ports().get(0), sshd.ports().get(1))
            .provisioningTime(Duration.ofMillis(200))
            .startingTime(Duration.ofMillis(200));
    fake.setSshKeys(List.of(sshd.clientPublicKey()));
    installIdentity(home, sshd);
    client =
        RunPod.builder()
            .apiKey(fake.apiKey())
            .baseUrl(fake.baseUrl())
            .environment(Map.of("HOME", home.toString()))
            .waitTimeout(Duration.ofSeconds(30))
            .build();
  }

  static void installIdentity(Path home, Sshd sshd) throws IOException {
    Path ssh = Files.createDirectories(home.resolve(".ssh"));
    Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString("rwx------"));
    Path key = ssh.resolve("runpod");
    Files.copy(sshd.clientKey(), key);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(ssh.resolve("runpod.pub"), sshd.clientPublicKey() + "\n");
  }

  @AfterEach
  void tearDown() {
    if (client != null) {
      client.close();
    }
    if (fake != null) {
      assertThat(fake.contractViolations()).isEmpty();
      fake.close();
    }
    if (sshd != null) {
      sshd.close();
    }
  }

  @Test
  void lifecycle_createStopStartDestroy_keepsSshEntryInStep() throws Exception {
    Path marker = dir.resolve("setup ran");
    Path configDir = Files.createDirectories(home.resolve(".config/rp"));
    Files.writeString(
        configDir.resolve("setup.sh"),
        "#!/bin/bash\necho \"$RP_ALIAS $RP_POD_ID\" > '" + marker + "'\necho setup done\n");
    List<String> setupOutput = new ArrayList<>();

    TrackedPod created =
        client
            .pods()
            .create("dev-1")
            .gpu("RTX4090")
            .storage("20GB")
            .config("path", "/workspace/my project")
            .progress(
                new PodProgress() {
                  @Override
                  public void setupOutput(String line) {
                    setupOutput.add(line);
                  }
                })
            .start();

    assertThat(created.setupExitCode()).contains(0);
    assertThat(Files.readString(marker).strip()).isEqualTo("dev-1 " + created.podId());
    assertThat(setupOutput).contains("setup done");
    assertThat(created.config()).containsEntry("path", "/workspace/my project");
    assertThat(sshEcho("dev-1")).isEqualTo("hello");
    assertThat(client.pods().list()).extracting(TrackedPod::statusLabel).containsExactly("running");

    TrackedPod stopped = client.pods().alias("dev-1").stop();
    assertThat(stopped.pod().orElseThrow().status()).isEqualTo(PodStatus.EXITED);
    assertThat(Files.readString(home.resolve(".ssh/rp_config"))).doesNotContain("Host dev-1");

    TrackedPod restarted = client.pods().alias("dev-1").runSetup(false).start();
    int port = restarted.pod().orElseThrow().directSsh().orElseThrow().port();
    assertThat(port).isEqualTo(sshd.ports().get(1));
    assertThat(Files.readString(home.resolve(".ssh/rp_config"))).contains("Port " + port);
    assertThat(sshEcho("dev-1")).isEqualTo("hello");

    client.pods().alias("dev-1").destroy();
    assertThat(fake.pod(created.podId())).isEmpty();
    assertThat(client.stores().aliases().all()).isEmpty();
    assertThat(Files.readString(home.resolve(".ssh/rp_config"))).doesNotContain("Host dev-1");
  }

  @Test
  void clean_inMemoryClient_keepsEntriesOfRunningPodsItDoesNotTrack() throws Exception {
    TrackedPod created =
        client.pods().create("dev-1").gpu("A40").storage("0").runSetup(false).start();
    try (RunPodClient other =
        RunPod.builder()
            .apiKey(fake.apiKey())
            .baseUrl(fake.baseUrl())
            .environment(Map.of("HOME", home.toString()))
            .stores(dev.rp.store.Stores.inMemory())
            .build()) {

      assertThat(other.pods().clean().removedSshEntries()).isEmpty();
      assertThat(sshEcho("dev-1")).isEqualTo("hello");

      fake.removePod(created.podId());
      assertThat(other.pods().clean().removedSshEntries()).containsExactly("dev-1");
    }
  }

  @Test
  void create_waitTimesOut_keepsAliasAndSaysHowToResume() {
    fake.provisioningTime(Duration.ofMinutes(5));

    assertThatThrownBy(
            () ->
                client
                    .pods()
                    .create("dev-1")
                    .gpu("A40")
                    .storage("0")
                    .timeout(Duration.ofSeconds(1))
                    .start())
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessageContaining("(dev-1)")
        .hasMessageContaining("rp start dev-1");
    assertThat(client.stores().aliases().all()).containsOnlyKeys("dev-1");
  }

  @Test
  void track_podTrackedUnderAnotherAlias_needsReplace() {
    TrackedPod created = client.pods().create("dev-1").gpu("A40").storage("0").submit();

    assertThatThrownBy(() -> client.pods().track("other", created.podId(), false))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("already tracked as 'dev-1'");
    assertThat(client.pods().track("other", created.podId(), true).alias()).isEqualTo("other");
  }

  @Test
  void destroy_withPendingStop_returnsTheCancelledTask() {
    client.pods().create("dev-1").gpu("A40").storage("0").submit();
    var task = client.pods().alias("dev-1").stopAt(java.time.Instant.now().plusSeconds(3600));

    var cancelled = client.pods().alias("dev-1").destroy();

    assertThat(cancelled).extracting(t -> t.id()).containsExactly(task.id());
  }

  @Test
  void create_fromTemplate_numbersAliasesWithLowestFreeNumber() {
    client
        .templates()
        .save(
            dev.rp.templates.PodTemplate.builder()
                .identifier("train")
                .aliasPattern("train-{i}")
                .gpuSpec("A40")
                .storageSpec("50GB")
                .putConfig("path", "/workspace/train")
                .build(),
            false);

    TrackedPod first = client.pods().create().fromTemplate("train").runSetup(false).submit();
    TrackedPod second = client.pods().create().fromTemplate("train").runSetup(false).submit();
    client.pods().alias("train-1").destroy();
    TrackedPod third = client.pods().create().fromTemplate("train").runSetup(false).submit();

    assertThat(first.alias()).isEqualTo("train-1");
    assertThat(second.alias()).isEqualTo("train-2");
    assertThat(third.alias()).isEqualTo("train-1");
    assertThat(third.config()).containsEntry("path", "/workspace/train");
    assertThat(fake.pod(third.podId()).orElseThrow().gpuId()).isEqualTo("NVIDIA A40");
  }

  @Test
  void clean_removesOnlyAliasesTheApiAnswered404For() {
    TrackedPod kept = client.pods().create("kept").gpu("A40").storage("0").submit();
    TrackedPod gone = client.pods().create("gone").gpu("A40").storage("0").submit();
    fake.removePod(gone.podId());

    var report = client.pods().clean();

    assertThat(report.removedAliases()).containsExactly("gone");
    assertThat(client.stores().aliases().all()).containsOnlyKeys("kept");
    assertThat(kept.podId()).isNotBlank();
  }

  @Test
  void clean_serverError_removesNothing() {
    TrackedPod gone = client.pods().create("gone").gpu("A40").storage("0").submit();
    fake.removePod(gone.podId());
    fake.on("GET", "/v2/pods/" + gone.podId()).serverError(20, 503);

    var report = client.pods().clean();

    assertThat(report.removedAliases()).isEmpty();
    assertThat(report.keptAfterError()).containsKey("gone");
    assertThat(client.stores().aliases().all()).containsOnlyKeys("gone");
  }

  @Test
  void create_unregisteredKey_failsBeforeCreating() {
    fake.setSshKeys(List.of());

    assertThatThrownBy(() -> client.pods().create("dev-1").gpu("A40").storage("0").submit())
        .isInstanceOf(SshException.class)
        .hasMessageContaining("not registered");
    assertThat(fake.pods()).isEmpty();
  }

  @Test
  void create_registerSshKey_addsKeyAndKeepsOthers() {
    fake.setSshKeys(
        List.of("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOtherKeyOtherKeyOtherKeyOther other"));

    client.pods().create("dev-1").gpu("A40").storage("0").registerSshKey(true).submit();

    assertThat(fake.sshKeys()).hasSize(2);
    assertThat(fake.sshKeys().get(1)).isEqualTo(sshd.clientPublicKey());
  }

  private String sshEcho(String alias) throws Exception {
    Process process =
        new ProcessBuilder(
                "ssh",
                "-F",
                home.resolve(".ssh/config").toString(),
                "-o",
                "BatchMode=yes",
                alias,
                "echo hello")
            .redirectError(dir.resolve("ssh.err").toFile())
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("ssh.err"))).isZero();
    return output.strip();
  }
}

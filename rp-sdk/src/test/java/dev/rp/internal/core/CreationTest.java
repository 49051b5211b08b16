package dev.rp.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.pods.TrackedPod;
import dev.rp.store.PodAlias;
import dev.rp.store.Stores;
import dev.rp.testing.FakeRunPod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating pods through the public client while another process takes the planned alias. */
class CreationTest {
  @TempDir Path home;
  private FakeRunPod fake;
  private RacingAliasStore aliases;
  private RunPodClient client;

  @BeforeEach
  void setUp() throws Exception {
    fake = FakeRunPod.start();
    fake.setSshKeys(List.of(generateIdentity(home)));
    aliases = new RacingAliasStore(Stores.inMemory().aliases());
    client =
        RunPod.builder()
            .apiKey(fake.apiKey())
            .baseUrl(fake.baseUrl())
            .environment(Map.of("HOME", home.toString()))
            .stores(Stores.builder().defaults(Stores.inMemory()).aliases(aliases).build())
            .build();
  }

  private static String generateIdentity(Path home) throws IOException, InterruptedException {
    Path key = Files.createDirectories(home.resolve(".ssh")).resolve("runpod");
    Process keygen =
        new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(keygen.waitFor()).isZero();
    return Files.readString(key.resolveSibling("runpod.pub")).strip();
  }

  @AfterEach
  void tearDown() {
    client.close();
    fake.close();
  }

  private TrackedPod submitWhileTaken(String alias) {
    aliases.beforeNextUpdate(current -> current.put(alias, PodAlias.of(alias, "otherpod0000")));
    return client.pods().create(alias).gpu("A40").storage("0").submit();
  }

  @Test
  void submit_longAliasTakenMeanwhile_tracksValidAlias() {
    String alias = "a".repeat(63);

    TrackedPod pod = submitWhileTaken(alias);

    assertThat(pod.alias()).hasSizeLessThanOrEqualTo(63).endsWith("-2");
    assertThat(aliases.all().get(pod.alias()).podId()).isEqualTo(pod.podId());
    assertThat(aliases.all().get(alias).podId()).isEqualTo("otherpod0000");
  }

  @Test
  void submit_aliasTakenMeanwhile_skipsUserSshHost() throws IOException {
    Files.writeString(home.resolve(".ssh/config"), "Host dev-2\n    HostName example.org\n");

    TrackedPod pod = submitWhileTaken("dev");

    assertThat(pod.alias()).isEqualTo("dev-3");
    assertThat(aliases.all().get("dev-3").podId()).isEqualTo(pod.podId());
  }
}

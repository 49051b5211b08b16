package dev.rp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.pods.TrackedPod;
import dev.rp.store.Stores;
import dev.rp.testing.FakeRunPod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each failure the fake API injects reaches a caller of the public API as its own type. */
class RunPodClientFailuresTest {
  @TempDir Path home;
  private FakeRunPod fake;
  private RunPodClient client;

  @BeforeEach
  void setUp() throws Exception {
    fake = FakeRunPod.start();
    String publicKey = generateIdentity(home);
    fake.setSshKeys(List.of(publicKey));
    client = clientWithKey(fake.apiKey());
  }

  private RunPodClient clientWithKey(String apiKey) {
    return RunPod.builder()
        .apiKey(apiKey)
        .baseUrl(fake.baseUrl())
        .environment(Map.of("HOME", home.toString()))
        .stores(Stores.inMemory())
        .waitTimeout(Duration.ofSeconds(20))
        .build();
  }

  static String generateIdentity(Path home) throws IOException, InterruptedException {
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
    assertThat(fake.contractViolations()).isEmpty();
    fake.close();
  }

  private TrackedPod submit(String alias, String gpu) {
    return client.pods().create(alias).gpu(gpu).storage("0").submit();
  }

  @Test
  void create_noCapacity_isNoCapacityException() {
    fake.noCapacity("NVIDIA A40");

    assertThatThrownBy(() -> submit("dev-1", "A40"))
        .isInstanceOf(NoCapacityException.class)
        .hasMessageContaining("NVIDIA A40");
    assertThat(client.stores().aliases().all()).isEmpty();
  }

  @Test
  void create_insufficientBalance_isInsufficientBalanceException() {
    fake.insufficientBalance();

    assertThatThrownBy(() -> submit("dev-1", "A40"))
        .isInstanceOf(InsufficientBalanceException.class);
  }

  @Test
  void create_droppedResponse_findsThePodInsteadOfCreatingTwo() {
    fake.createButDropResponse();

    TrackedPod pod = submit("dev-1", "A40");

    assertThat(fake.pods()).hasSize(1);
    assertThat(fake.pods().get(0).id()).isEqualTo(pod.podId());
    assertThat(client.stores().aliases().all()).containsOnlyKeys("dev-1");
  }

  @Test
  void start_hostGpusTaken_isHostGpusTakenException() {
    TrackedPod pod = submit("dev-1", "A40");
    fake.setStatus(pod.podId(), "EXITED");
    fake.hostGpusTaken(pod.podId());

    assertThatThrownBy(() -> client.pods().alias("dev-1").start())
        .isInstanceOf(HostGpusTakenException.class)
        .hasMessageContaining(pod.podId());
    assertThat(client.stores().aliases().all()).containsOnlyKeys("dev-1");
  }

  @Test
  void list_rateLimitedThroughout_isRateLimitedExceptionWithWait() {
    submit("dev-1", "A40");
    fake.on("GET", "/v2/pods").rateLimit(10, 1);

    assertThatThrownBy(() -> client.pods().list())
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
  }

  @Test
  void list_rateLimitedOnce_succeedsAfterTheWait() {
    submit("dev-1", "A40");
    fake.on("GET", "/v2/pods").rateLimit(1, 1);

    assertThat(client.pods().list()).hasSize(1);
  }

  @Test
  void list_serverErrorThroughout_isServerErrorException() {
    submit("dev-1", "A40");
    fake.on("GET", "/v2/pods").serverError(10, 503);

    assertThatThrownBy(() -> client.pods().list())
        .isInstanceOfSatisfying(
            ServerErrorException.class, e -> assertThat(e.status()).isEqualTo(503));
  }

  @Test
  void list_connectionCut_isNoResponseException() {
    submit("dev-1", "A40");
    fake.on("GET", "/v2/pods").disconnect(10);

    assertThatThrownBy(() -> client.pods().list()).isInstanceOf(NoResponseException.class);
  }

  @Test
  void anyCall_wrongKey_isAuthenticationExceptionWithoutTheKey() {
    String wrongKey = "rp-wrong-key-1234567890";
    try (RunPodClient wrong = clientWithKey(wrongKey)) {
      wrong.stores().aliases().update(a -> a.put("x", dev.rp.store.PodAlias.of("x", "abc")));

      assertThatThrownBy(() -> wrong.pods().list())
          .isInstanceOf(AuthenticationException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrongKey));
    }
  }

  @Test
  void get_podGone_isNotFoundException() {
    TrackedPod pod = submit("dev-1", "A40");
    fake.removePod(pod.podId());

    assertThatThrownBy(() -> client.pods().alias("dev-1").start())
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("rp clean");
    assertThat(client.pods().get("dev-1").invalid()).isTrue();
  }

  @Test
  void stop_alreadyStopped_isNoError() {
    TrackedPod pod = submit("dev-1", "A40");
    fake.setStatus(pod.podId(), "EXITED");

    assertThat(client.pods().alias("dev-1").stop().statusLabel()).isEqualTo("stopped");
  }

  @Test
  void create_unknownGpu_isInvalidInputWithSuggestions() {
    assertThatThrownBy(() -> submit("dev-1", "B300"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("B300");
    assertThat(fake.count("POST", "/v2/pods")).isZero();
  }

  @Test
  void create_existingAlias_needsReplace() {
    submit("dev-1", "A40");

    assertThatThrownBy(() -> submit("dev-1", "A40"))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("--force");
    assertThat(fake.pods()).hasSize(1);
  }
}

package dev.rp.internal.api;

import static dev.rp.internal.api.ApiTestSupport.json;
import static dev.rp.internal.api.ApiTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rp.NotFoundException;
import dev.rp.RunPodException;
import dev.rp.SshException;
import dev.rp.WaitTimeoutException;
import dev.rp.pods.Pod;
import dev.rp.pods.PodStatus;
import dev.rp.pods.SshEndpoint;
import dev.rp.pods.WaitProgress;
import dev.rp.pods.WaitProgress.Phase;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessWaiterTest {

  private MockWebServer server;
  private final TestClock clock = new TestClock(Instant.parse("2026-06-01T12:00:00Z"));
  private final List<WaitProgress> progress = new CopyOnWriteArrayList<>();
  private RunPodApi api;
  private ReadinessWaiter waiter;

  @BeforeEach
  void start() {
    server = ApiTestSupport.startServer();
    useSettings(ApiTestSupport.settings(server, new ApiTestSupport.RecordingSleeper()));
  }

  private void useSettings(ApiSettings.Builder settings) {
    if (api != null) {
      api.close();
    }
    api = RunPodApi.create(settings.clock(clock).sleeper(clock.sleeper()).build());
    waiter = new ReadinessWaiter(api);
  }

  @AfterEach
  void stop() {
    api.close();
    server.close();
  }

  private static String pod(String status, String ports, String direct) {
    return "{\"id\":\"p1\",\"name\":\"dev-1\",\"status\":\""
        + status
        + "\",\"image\":\"img\",\"ports\":"
        + ports
        + ",\"ssh\":{\"proxy\":null,\"direct\":"
        + direct
        + "}}";
  }

  private static String pod(String status) {
    return pod(status, "[\"22/tcp\"]", "null");
  }

  private static String running(int sshPort) {
    return pod(
        "RUNNING",
        "[\"22/tcp\",\"8888/http\"]",
        "{\"host\":\"127.0.0.1\",\"port\":" + sshPort + ",\"username\":\"root\"}");
  }

  /** Returns {@code response} to every request. */
  private void alwaysAnswer(MockResponse response) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return response;
          }
        });
  }

  private Pod await(Duration timeout) {
    return waiter.awaitReady("p1", timeout, progress::add);
  }

  @Test
  void provisioningToRunning_returnsOnceSshAnswers() throws IOException {
    try (var sshd = FakeSshServer.ssh()) {
      server.enqueue(json(200, pod("PROVISIONING")));
      server.enqueue(json(200, pod("STARTING")));
      server.enqueue(json(200, running(sshd.port())));

      Pod pod = await(Duration.ofMinutes(10));

      assertThat(pod.status()).isEqualTo(PodStatus.RUNNING);
      assertThat(pod.directSsh()).contains(SshEndpoint.of("127.0.0.1", sshd.port(), "root"));
      assertThat(sshd.connections()).isEqualTo(1);
    }
  }

  @Test
  void progress_reportsEachStatusThenReady() throws IOException {
    try (var sshd = FakeSshServer.ssh()) {
      server.enqueue(json(200, pod("PROVISIONING")));
      server.enqueue(json(200, pod("STARTING")));
      server.enqueue(json(200, running(sshd.port())));

      await(Duration.ofMinutes(10));

      assertThat(progress)
          .extracting(WaitProgress::status)
          .containsExactly(PodStatus.PROVISIONING, PodStatus.STARTING, PodStatus.RUNNING);
      assertThat(progress)
          .extracting(WaitProgress::phase)
          .containsExactly(Phase.WAITING_FOR_RUNNING, Phase.WAITING_FOR_RUNNING, Phase.READY);
      WaitProgress ready = progress.get(2);
      assertThat(ready.podId()).isEqualTo("p1");
      assertThat(ready.endpoint()).contains(SshEndpoint.of("127.0.0.1", sshd.port(), "root"));
      // Polls 250 ms apart at first: readiness shows at the third poll, 500 ms in.
      assertThat(ready.elapsed()).isEqualTo(Duration.ofMillis(500));
    }
  }

  @Test
  void sshNotYetUp_waitsForBanner() throws IOException {
    try (var sshd = FakeSshServer.sshAfter(2)) {
      server.enqueue(json(200, running(sshd.port())));

      Pod pod = await(Duration.ofMinutes(10));

      assertThat(pod.status()).isEqualTo(PodStatus.RUNNING);
      assertThat(sshd.connections()).isEqualTo(3);
      assertThat(progress)
          .extracting(WaitProgress::phase)
          .containsExactly(Phase.WAITING_FOR_SSH, Phase.WAITING_FOR_SSH, Phase.READY);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void preBannerLines_areSkipped() throws IOException {
    try (var sshd = FakeSshServer.greeting("Welcome\r\nSSH-2.0-OpenSSH_9.2\r\n")) {
      server.enqueue(json(200, running(sshd.port())));

      assertThat(await(Duration.ofMinutes(1)).id()).isEqualTo("p1");
    }
  }

  @Test
  void timeout_namesPodAndLastStatus() {
    alwaysAnswer(json(200, pod("STARTING")));

    WaitTimeoutException e =
        catchThrowableOfType(WaitTimeoutException.class, () -> await(Duration.ofSeconds(5)));

    assertThat(e.podId()).isEqualTo("p1");
    assertThat(e.lastStatus()).isEqualTo(PodStatus.STARTING);
    assertThat(e.waited()).isEqualTo(Duration.ofSeconds(5));
    assertThat(e)
        .hasMessageContaining("Pod 'p1' did not become ready within 5.0 s")
        .hasMessageContaining("its last status was STARTING")
        .hasMessageContaining("may be billing")
        .hasMessageContaining("stop it");
  }

  @Test
  void polling_isQuickFirstThenOncePerSecond() {
    alwaysAnswer(json(200, pod("PROVISIONING")));

    assertThatThrownBy(() -> await(Duration.ofSeconds(30)))
        .isInstanceOf(WaitTimeoutException.class);

    // 20 polls 250 ms apart in the first 5 s, then one per second until 30 s.
    assertThat(server.getRequestCount()).isBetween(44, 46);
  }

  @Test
  void polling_afterFirstMinute_backsOff() {
    alwaysAnswer(json(200, pod("PROVISIONING")));

    assertThatThrownBy(() -> await(Duration.ofMinutes(2))).isInstanceOf(WaitTimeoutException.class);

    // 75 polls in the first minute, then 1.5 s, 2.25 s, 3.4 s and 5 s apart: 14 more.
    assertThat(server.getRequestCount()).isBetween(88, 90);
  }

  @Test
  void lowQuota_slowsPolling() {
    alwaysAnswer(
        json(200, pod("PROVISIONING"))
            .newBuilder()
            .setHeader("RateLimit", "\"minute\";r=12;t=60")
            .build());

    assertThatThrownBy(() -> await(Duration.ofSeconds(60)))
        .isInstanceOf(WaitTimeoutException.class);

    // Two requests above the reserve, spread over the minute: one poll every 30 s.
    assertThat(server.getRequestCount()).isBetween(2, 3);
  }

  @Test
  void runningWithout22Tcp_reportsMissingPort() {
    server.enqueue(json(200, pod("RUNNING", "[\"8888/http\"]", "null")));

    SshException e = catchThrowableOfType(SshException.class, () -> await(Duration.ofMinutes(1)));

    assertThat(e)
        .hasMessageContaining("Pod 'p1' is RUNNING but does not expose 22/tcp (ports: 8888/http)")
        .hasMessageContaining("Add 22/tcp");
  }

  @Test
  void runningWithout22TcpPublished_timeoutSaysSo() {
    alwaysAnswer(json(200, pod("RUNNING", "[\"22/tcp\"]", "null")));

    WaitTimeoutException e =
        catchThrowableOfType(WaitTimeoutException.class, () -> await(Duration.ofSeconds(5)));

    assertThat(e.lastStatus()).isEqualTo(PodStatus.RUNNING);
    assertThat(e)
        .hasMessageContaining("RunPod never published its 22/tcp port")
        .hasMessageContaining("Likely causes");
  }

  @Test
  void noSshBanner_timeoutNamesEndpointAndCauses() throws IOException {
    try (var http = FakeSshServer.greeting("HTTP/1.1 400 Bad Request\r\n")) {
      alwaysAnswer(json(200, running(http.port())));

      WaitTimeoutException e =
          catchThrowableOfType(WaitTimeoutException.class, () -> await(Duration.ofSeconds(5)));

      assertThat(e)
          .hasMessageContaining("no SSH server responded at 127.0.0.1:" + http.port())
          .hasMessageContaining("the image has no sshd");
      assertThat(progress).extracting(WaitProgress::phase).contains(Phase.WAITING_FOR_SSH);
    }
  }

  @Test
  void errorStatus_endsAtOnce() {
    server.enqueue(json(200, pod("ERROR")));

    assertThatThrownBy(() -> await(Duration.ofMinutes(10)))
        .isExactlyInstanceOf(RunPodException.class)
        .hasMessageContaining("Pod 'p1' entered ERROR");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void terminatedStatus_endsAtOnce() {
    server.enqueue(json(200, pod("TERMINATED")));

    assertThatThrownBy(() -> await(Duration.ofMinutes(10)))
        .isExactlyInstanceOf(RunPodException.class)
        .hasMessageContaining("Pod 'p1' was terminated");
  }

  @Test
  void podGone_throwsNotFound() {
    server.enqueue(problem(404, "Not Found", "pod not found"));

    assertThatThrownBy(() -> await(Duration.ofMinutes(10))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void failedPoll_keepsWaiting() throws IOException {
    useSettings(
        ApiTestSupport.settings(server, new ApiTestSupport.RecordingSleeper()).maxAttempts(1));
    try (var sshd = FakeSshServer.ssh()) {
      server.enqueue(problem(503, "Service Unavailable", "try later"));
      server.enqueue(json(200, running(sshd.port())));

      Pod pod = await(Duration.ofMinutes(1));

      assertThat(pod.status()).isEqualTo(PodStatus.RUNNING);
      assertThat(progress.get(0).status()).isEqualTo(PodStatus.UNKNOWN);
    }
  }

  @Test
  void interrupted_restoresFlagAndSaysPodExists() {
    api.close();
    api =
        RunPodApi.create(
            ApiTestSupport.settings(server, new ApiTestSupport.RecordingSleeper())
                .clock(clock)
                .sleeper(
                    duration -> {
                      throw new InterruptedException();
                    })
                .build());
    waiter = new ReadinessWaiter(api);
    server.enqueue(json(200, pod("PROVISIONING")));

    try {
      assertThatThrownBy(() -> await(Duration.ofMinutes(10)))
          .isExactlyInstanceOf(RunPodException.class)
          .hasMessageContaining("Interrupted while waiting for pod 'p1'")
          .hasMessageContaining("still exists");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}

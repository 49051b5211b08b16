package dev.rp.internal.api;

import static dev.rp.internal.api.ApiTestSupport.json;
import static dev.rp.internal.api.ApiTestSupport.pod;
import static dev.rp.internal.api.ApiTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.ApiException;
import dev.rp.NoResponseException;
import dev.rp.NotFoundException;
import dev.rp.RateLimitedException;
import dev.rp.RunPodException;
import dev.rp.ServerErrorException;
import dev.rp.pods.CreatePodRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiCallerTest {

  private MockWebServer server;
  private final ApiTestSupport.RecordingSleeper sleeper = new ApiTestSupport.RecordingSleeper();
  private RunPodApi api;

  @BeforeEach
  void start() {
    server = ApiTestSupport.startServer();
    api = ApiTestSupport.api(server, sleeper);
  }

  @AfterEach
  void stop() {
    api.close();
    server.close();
  }

  private void useSettings(ApiSettings.Builder settings) {
    api.close();
    api = RunPodApi.create(settings.build());
  }

  private static MockResponse rateLimited(String retryAfter) {
    return problem(429, "Too Many Requests", "rate limit exceeded for the minute window")
        .newBuilder()
        .setHeader("Retry-After", retryAfter)
        .build();
  }

  private static MockResponse cutConnection() {
    return new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }

  @Test
  void rateLimited_waitsRetryAfterAndSucceeds() {
    server.enqueue(rateLimited("3"));
    server.enqueue(json(200, pod("p1", "RUNNING")));

    assertThat(api.getPod("p1").id()).isEqualTo("p1");

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void rateLimited_withoutRetryAfter_waitsOneThenTwoSeconds() {
    server.enqueue(problem(429, "Too Many Requests", "slow down"));
    server.enqueue(problem(429, "Too Many Requests", "slow down"));
    server.enqueue(json(200, pod("p1", "RUNNING")));

    api.getPod("p1");

    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void rateLimited_create_isRetried() {
    server.enqueue(rateLimited("1"));
    server.enqueue(json(201, pod("p1", "PROVISIONING")));

    var request =
        CreatePodRequest.builder().name("dev-1").image("img").gpuTypeId("NVIDIA H100 80GB HBM3");

    assertThat(api.createPod(request.build()).id()).isEqualTo("p1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void rateLimited_longRetryAfter_failsAtOnce() {
    server.enqueue(rateLimited("600"));

    assertThatThrownBy(() -> api.getPod("p1"))
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("Wait 600 s");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void rateLimited_repeatedly_givesUpAfterMaximumRetries() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(rateLimited("2"));
    }

    assertThatThrownBy(() -> api.getPod("p1")).isInstanceOf(RateLimitedException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.sleeps).hasSize(3);
  }

  @Test
  void serverError_getIsRetriedAndSucceeds() {
    server.enqueue(problem(503, "Service Unavailable", "try later"));
    server.enqueue(problem(500, "Internal Server Error", "oops"));
    server.enqueue(json(200, pod("p1", "RUNNING")));

    assertThat(api.getPod("p1").id()).isEqualTo("p1");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.sleeps).hasSize(2);
  }

  @Test
  void serverError_persistent_throwsAfterMaximumAttempts() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(problem(500, "Internal Server Error", "oops"));
    }

    assertThatThrownBy(() -> api.getPod("p1"))
        .isInstanceOf(ServerErrorException.class)
        .hasMessageContaining("Could not get pod 'p1'");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void backoff_staysUnderCap() {
    useSettings(
        ApiTestSupport.settings(server, sleeper)
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(150))
            .maxAttempts(4));
    for (int i = 0; i < 4; i++) {
      server.enqueue(problem(502, "Bad Gateway", "upstream"));
    }

    assertThatThrownBy(() -> api.listPods()).isInstanceOf(ServerErrorException.class);

    assertThat(sleeper.sleeps).hasSize(3);
    assertThat(sleeper.sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
    assertThat(sleeper.sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(150));
    assertThat(sleeper.sleeps.get(2)).isBetween(Duration.ZERO, Duration.ofMillis(150));
  }

  @Test
  void lostConnection_getIsRetried() {
    server.enqueue(cutConnection());
    server.enqueue(json(200, "{\"pods\":[]}"));

    assertThat(api.listPods()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void timeout_throwsNoResponseNamingRequest() {
    useSettings(
        ApiTestSupport.settings(server, sleeper)
            .readTimeout(Duration.ofMillis(200))
            .maxAttempts(2));
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          json(200, "{\"pods\":[]}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
    }

    assertThatThrownBy(() -> api.listPods())
        .isInstanceOf(NoResponseException.class)
        .hasMessageContaining("Could not list pods: no response from http://127.0.0.1:")
        .hasMessageContaining("timed out");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void notFound_isNotRetried() {
    server.enqueue(problem(404, "Not Found", "pod not found"));

    assertThatThrownBy(() -> api.getPod("p1")).isInstanceOf(NotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void unreadableBody_isApiExceptionWithoutRetry() {
    server.enqueue(json(200, "{\"pods\": [ this is not json"));

    assertThatThrownBy(() -> api.listPods())
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("Could not list pods")
        .hasMessageContaining("cannot read");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rateLimitHeader_isRecorded() {
    server.enqueue(
        json(200, "{\"pods\":[]}")
            .newBuilder()
            .setHeader("RateLimit", "\"minute\";r=42;t=17, \"hour\";r=2800;t=1812")
            .build());

    api.listPods();

    RateLimitStatus status = api.rateLimit().orElseThrow();
    assertThat(status.windows())
        .containsExactly(
            new RateLimitStatus.Window("minute", 42, Duration.ofSeconds(17)),
            new RateLimitStatus.Window("hour", 2800, Duration.ofSeconds(1812)));
  }

  @Test
  void interruptedWhileWaiting_restoresInterruptFlag() {
    useSettings(
        ApiTestSupport.settings(server, sleeper)
            .sleeper(
                duration -> {
                  throw new InterruptedException();
                }));
    server.enqueue(problem(503, "Service Unavailable", "try later"));

    try {
      assertThatThrownBy(() -> api.getPod("p1"))
          .isExactlyInstanceOf(RunPodException.class)
          .hasMessageContaining("Interrupted")
          .hasMessageContaining("get pod 'p1'");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}

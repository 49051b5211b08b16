package dev.rp.internal.api;

import static dev.rp.internal.api.ApiTestSupport.API_KEY;
import static dev.rp.internal.api.ApiTestSupport.api;
import static dev.rp.internal.api.ApiTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rp.ApiException;
import dev.rp.AuthenticationException;
import dev.rp.BadRequestException;
import dev.rp.ForbiddenException;
import dev.rp.HostGpusTakenException;
import dev.rp.InsufficientBalanceException;
import dev.rp.InvalidStateTransitionException;
import dev.rp.NoCapacityException;
import dev.rp.NotFoundException;
import dev.rp.RateLimitedException;
import dev.rp.ServerErrorException;
import dev.rp.ValidationException;
import dev.rp.gpu.Cloud;
import dev.rp.pods.CreatePodRequest;
import dev.rp.pods.PodAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiErrorsTest {

  private MockWebServer server;
  private RunPodApi api;

  @BeforeEach
  void start() {
    server = ApiTestSupport.startServer();
    // One attempt and no 429 retries, so that each canned error reaches the caller.
    api =
        RunPodApi.create(
            ApiTestSupport.settings(server, new ApiTestSupport.RecordingSleeper())
                .maxAttempts(1)
                .maxRateLimitRetries(0)
                .build());
  }

  @AfterEach
  void stop() {
    api.close();
    server.close();
  }

  private <T extends Throwable> T getPodFails(Class<T> type) {
    return catchThrowableOfType(type, () -> api.getPod("p1"));
  }

  private static CreatePodRequest createRequest() {
    return CreatePodRequest.builder()
        .name("dev-1")
        .image("img")
        .gpuTypeId("NVIDIA H100 80GB HBM3")
        .cloud(Cloud.COMMUNITY)
        .build();
  }

  @Nested
  class Statuses {

    @Test
    void notFound_namesPod() {
      server.enqueue(problem(404, "Not Found", "pod not found"));

      NotFoundException e = getPodFails(NotFoundException.class);

      assertThat(e.status()).isEqualTo(404);
      assertThat(e.detail()).contains("pod not found");
      assertThat(e)
          .hasMessage(
              "Could not get pod 'p1': pod 'p1' was not found (pod not found). It may have been"
                  + " terminated; list pods to see the ones that exist.");
    }

    @Test
    void notFound_namesGpuType() {
      server.enqueue(problem(404, "Not Found", "gpu type not found"));

      NotFoundException e =
          catchThrowableOfType(NotFoundException.class, () -> api.getGpuType("RTX 9999"));

      assertThat(e).hasMessageContaining("GPU type 'RTX 9999' was not found");
    }

    @Test
    void unauthorized_pointsAtKeySources() {
      server.enqueue(problem(401, "Unauthorized", "missing bearer token"));

      AuthenticationException e = getPodFails(AuthenticationException.class);

      assertThat(e)
          .hasMessageContaining("RunPod rejected the API key (missing bearer token)")
          .hasMessageContaining("RUNPOD_API_KEY")
          .hasMessageContaining("key file");
    }

    @Test
    void forbidden_mapsToForbidden() {
      server.enqueue(problem(403, "Forbidden", "access denied"));

      assertThat(getPodFails(ForbiddenException.class)).hasMessageContaining("access denied");
    }

    @Test
    void paymentRequired_saysAddFunds() {
      server.enqueue(problem(402, "Payment Required", "insufficient balance"));

      InsufficientBalanceException e =
          catchThrowableOfType(
              InsufficientBalanceException.class, () -> api.createPod(createRequest()));

      assertThat(e).hasMessageContaining("create pod 'dev-1'").hasMessageContaining("Add funds");
    }

    @Test
    void conflict_mapsToInvalidStateTransition() {
      server.enqueue(problem(409, "Conflict", "pod belongs to a cluster"));

      InvalidStateTransitionException e =
          catchThrowableOfType(
              InvalidStateTransitionException.class,
              () -> api.updatePod("p1", PodUpdate.builder().name("x").build()));

      assertThat(e).hasMessageContaining("update pod 'p1'").hasMessageContaining("cluster");
    }

    @Test
    void unprocessable_surfacesEachError() {
      server.enqueue(
          new MockResponse.Builder()
              .code(422)
              .setHeader("Content-Type", "application/problem+json")
              .body(
                  "{\"title\":\"Unprocessable Entity\",\"status\":422,"
                      + "\"detail\":\"Request validation failed.\",\"errors\":["
                      + "\"$.gpu.count: must be at least 1\","
                      + "\"$: additional properties 'bogus' not allowed\"]}")
              .build());

      ValidationException e =
          catchThrowableOfType(ValidationException.class, () -> api.createPod(createRequest()));

      assertThat(e.errors())
          .containsExactly(
              "$.gpu.count: must be at least 1", "$: additional properties 'bogus' not allowed");
      assertThat(e)
          .hasMessageContaining("$.gpu.count: must be at least 1; $: additional properties")
          .hasMessageContaining("Request validation failed.");
    }

    @Test
    void tooManyRequests_carriesRetryAfter() {
      server.enqueue(
          problem(429, "Too Many Requests", "rate limit exceeded for the minute window")
              .newBuilder()
              .setHeader("Retry-After", "12")
              .build());

      RateLimitedException e = getPodFails(RateLimitedException.class);

      assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(12));
      assertThat(e).hasMessageContaining("Wait 12 s");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverError_mapsToServerError(int status) {
      server.enqueue(problem(status, "Server Error", "upstream failed"));

      ServerErrorException e = getPodFails(ServerErrorException.class);

      assertThat(e.status()).isEqualTo(status);
      assertThat(e.retryable()).isTrue();
      assertThat(e).hasMessageContaining("server error " + status);
    }

    @Test
    void otherStatus_mapsToApiException() {
      server.enqueue(problem(405, "Method Not Allowed", "not allowed"));

      ApiException e = getPodFails(ApiException.class);

      assertThat(e.getClass()).isEqualTo(ApiException.class);
      assertThat(e).hasMessageContaining("HTTP 405");
    }
  }

  @Nested
  class BadRequests {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "There are no longer any instances available with the requested specifications.",
          "There are no instances currently available",
          "Not enough free GPUs for the requested GPU type",
          "No capacity for this GPU type in the data center",
          "insufficient capacity",
          "this GPU and data center combination could not be placed",
          "No GPUs available right now"
        })
    void createWithoutCapacity_isNoCapacity(String detail) {
      server.enqueue(problem(400, "Bad Request", detail));

      NoCapacityException e =
          catchThrowableOfType(NoCapacityException.class, () -> api.createPod(createRequest()));

      assertThat(e).isNotInstanceOf(HostGpusTakenException.class);
      assertThat(e)
          .hasMessageContaining("no capacity for GPU type 'NVIDIA H100 80GB HBM3' in the COMMUNITY")
          .hasMessageContaining(detail)
          .hasMessageContaining("Try another GPU type or cloud.");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "There are not enough free GPUs on the host machine to start this pod.",
          "The GPUs on this pod's host are taken by another user",
          "This machine does not have the resources to deploy your pod.",
          "Host machine GPUs are currently in use"
        })
    void startOnTakenHost_isHostGpusTaken(String detail) {
      server.enqueue(problem(400, "Bad Request", detail));

      HostGpusTakenException e =
          catchThrowableOfType(
              HostGpusTakenException.class, () -> api.podAction("p1", PodAction.START));

      assertThat(e)
          .hasMessageContaining("Could not start pod 'p1'")
          .hasMessageContaining("host machine are taken")
          .hasMessageContaining(detail)
          .hasMessageContaining("create a new pod with the same GPU and volume settings");
    }

    @Test
    void createOnFullHost_isNoCapacity() {
      server.enqueue(problem(400, "Bad Request", "No machine has enough free GPUs: no capacity"));

      NoCapacityException e =
          catchThrowableOfType(NoCapacityException.class, () -> api.createPod(createRequest()));

      assertThat(e).isNotInstanceOf(HostGpusTakenException.class);
    }

    @Test
    void ruleViolation_isBadRequest() {
      server.enqueue(problem(400, "Bad Request", "mounts.persistent is invalid for CPU pods"));

      BadRequestException e =
          catchThrowableOfType(BadRequestException.class, () -> api.createPod(createRequest()));

      assertThat(e).isNotInstanceOf(NoCapacityException.class);
      assertThat(e).hasMessageContaining("mounts.persistent is invalid");
    }
  }

  @Nested
  class Bodies {

    @Test
    void requestIdHeader_isKept() {
      server.enqueue(
          problem(404, "Not Found", "pod not found")
              .newBuilder()
              .setHeader("X-Request-Id", "req-42")
              .build());

      NotFoundException e = getPodFails(NotFoundException.class);

      assertThat(e.requestId()).contains("req-42");
      assertThat(e).hasMessageEndingWith("(request id req-42)");
    }

    @Test
    void emptyBody_usesStatus() {
      server.enqueue(new MockResponse.Builder().code(404).build());

      NotFoundException e = getPodFails(NotFoundException.class);

      assertThat(e.detail()).isEmpty();
      assertThat(e).hasMessageContaining("(HTTP 404)");
    }

    @Test
    void plainJsonWithMessage_usesMessageAsDetail() {
      server.enqueue(
          new MockResponse.Builder()
              .code(403)
              .setHeader("Content-Type", "application/json")
              .body("{\"message\":\"key lacks pod scope\"}")
              .build());

      assertThat(getPodFails(ForbiddenException.class).detail()).contains("key lacks pod scope");
    }

    @Test
    void htmlBody_isLeftOut() {
      server.enqueue(
          new MockResponse.Builder()
              .code(502)
              .setHeader("Content-Type", "text/html")
              .body("<html><body><h1>502 Bad Gateway</h1></body></html>")
              .build());

      ServerErrorException e = getPodFails(ServerErrorException.class);

      assertThat(e.detail()).isEmpty();
      assertThat(e.getMessage()).doesNotContain("<html>");
    }

    @Test
    void echoedKey_isMasked() {
      server.enqueue(problem(401, "Unauthorized", "invalid token " + API_KEY));

      AuthenticationException e = getPodFails(AuthenticationException.class);

      assertThat(e.getMessage()).doesNotContain(API_KEY).contains("invalid token <redacted>");
      assertThat(e.detail()).hasValue("invalid token <redacted>");
    }
  }

  @Nested
  class RetryAfter {

    private final Instant now = Instant.parse("2026-06-01T12:00:00Z");
    private final ApiErrors errors =
        new ApiErrors(
            new com.squareup.moshi.Moshi.Builder().build(),
            new KeyMask(API_KEY),
            Clock.fixed(now, ZoneOffset.UTC),
            "http://127.0.0.1");

    @Test
    void seconds_areRead() {
      assertThat(errors.retryAfter(Headers.of("Retry-After", "7")))
          .isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void httpDate_isReadRelativeToClock() {
      Headers headers = Headers.of("Retry-After", "Mon, 01 Jun 2026 12:00:30 GMT");

      assertThat(errors.retryAfter(headers)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void pastDateOrGarbage_isZero() {
      for (String value : List.of("Mon, 01 Jun 2026 11:00:00 GMT", "soon", "-3")) {
        assertThat(errors.retryAfter(Headers.of("Retry-After", value)))
            .as(value)
            .isEqualTo(Duration.ZERO);
      }
    }
  }
}

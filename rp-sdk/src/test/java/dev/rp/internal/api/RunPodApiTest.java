package dev.rp.internal.api;

import static dev.rp.internal.api.ApiTestSupport.API_KEY;
import static dev.rp.internal.api.ApiTestSupport.api;
import static dev.rp.internal.api.ApiTestSupport.body;
import static dev.rp.internal.api.ApiTestSupport.json;
import static dev.rp.internal.api.ApiTestSupport.noContent;
import static dev.rp.internal.api.ApiTestSupport.pod;
import static dev.rp.internal.api.ApiTestSupport.problem;
import static dev.rp.internal.api.ApiTestSupport.resource;
import static dev.rp.internal.api.ApiTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.InvalidInputException;
import dev.rp.InvalidStateTransitionException;
import dev.rp.NoResponseException;
import dev.rp.NotFoundException;
import dev.rp.ServerErrorException;
import dev.rp.ValidationException;
import dev.rp.gpu.GpuType;
import dev.rp.pods.CreatePodRequest;
import dev.rp.pods.Pod;
import dev.rp.pods.PodAction;
import dev.rp.pods.PodStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RunPodApiTest {

  private static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILXGDN/SclOozk1xsDztpmhGiKkkrfQB9SKoO8dSIQQZ me@x";

  private MockWebServer server;
  private final ApiTestSupport.RecordingSleeper sleeper = new ApiTestSupport.RecordingSleeper();
  private RunPodApi api;

  @BeforeEach
  void start() {
    server = ApiTestSupport.startServer();
    api = api(server, sleeper);
  }

  @AfterEach
  void stop() {
    api.close();
    server.close();
  }

  private static CreatePodRequest createRequest() {
    return CreatePodRequest.builder()
        .name("dev-1")
        .image("runpod/pytorch:2.8.0")
        .gpuTypeId("NVIDIA H100 80GB HBM3")
        .build();
  }

  @Nested
  class Endpoints {

    @Test
    void listPods_sendsGetWithHeaders() {
      server.enqueue(json(200, resource("api-examples/listPods-200-pods.json")));

      List<Pod> pods = api.listPods();

      RecordedRequest request = take(server);
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/pods");
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
      assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
      assertThat(request.getHeaders().get("User-Agent"))
          .isEqualTo("rp/dev (Java " + System.getProperty("java.version") + ")");
      assertThat(pods).extracting(Pod::id).containsExactly("7h9k2m4n6p");
    }

    @Test
    void getPod_sendsGetOfPodPath() {
      server.enqueue(json(200, pod("abc123", "RUNNING")));

      Pod pod = api.getPod("abc123");

      RecordedRequest request = take(server);
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/pods/abc123");
      assertThat(pod.id()).isEqualTo("abc123");
    }

    @Test
    void findPod_notFound_isEmpty() {
      server.enqueue(problem(404, "Not Found", "pod not found"));

      assertThat(api.findPod("gone")).isEmpty();
    }

    @Test
    void findPod_otherError_isThrown() {
      server.enqueue(problem(403, "Forbidden", "access denied"));

      assertThatThrownBy(() -> api.findPod("p1")).isInstanceOf(dev.rp.ForbiddenException.class);
    }

    @Test
    void getPod_blankId_isRejectedWithoutRequest() {
      assertThatThrownBy(() -> api.getPod(" ")).isInstanceOf(InvalidInputException.class);
      assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void createPod_sendsBodyThatMatchesContract() {
      server.enqueue(json(201, resource("api-examples/createPod-201-pod.json")));

      Pod pod =
          api.createPod(
              CreatePodRequest.builder()
                  .from(createRequest())
                  .volumeGb(100)
                  .putEnv("HF_HOME", "/workspace/hf")
                  .addDataCenterIds("US-TX-3")
                  .build());

      RecordedRequest request = take(server);
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/pods");
      assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
      assertThat(RequestSchemas.violations("CreatePodRequest", body(request))).isEmpty();
      assertThat(body(request))
          .contains("\"mounts\":{\"persistent\":{\"size\":100,\"path\":\"/workspace\"}}")
          .contains("\"env\":{\"HF_HOME\":\"/workspace/hf\"}")
          .contains("\"dataCenterIds\":[\"US-TX-3\"]");
      assertThat(pod.status()).isEqualTo(PodStatus.PROVISIONING);
    }

    @Test
    void createPod_withoutVolume_sendsNoMounts() {
      server.enqueue(json(201, resource("api-examples/createPod-201-pod.json")));

      api.createPod(createRequest());

      String body = body(take(server));
      assertThat(RequestSchemas.violations("CreatePodRequest", body)).isEmpty();
      assertThat(body).doesNotContain("mounts").doesNotContain("env").doesNotContain("dataCenter");
    }

    @Test
    void contractSchema_rejectsUnknownField() {
      // Guards the schema tests above: a field the contract lacks must fail validation.
      String body =
          "{\"name\":\"n\",\"image\":\"i\",\"gpu\":{\"id\":\"g\",\"count\":1},\"volumeInGb\":20}";

      assertThat(RequestSchemas.violations("CreatePodRequest", body)).isNotEmpty();
    }

    @Test
    void updatePod_sendsPatchWithChangedFieldsOnly() {
      server.enqueue(json(200, resource("api-examples/updatePod-200-pod.json")));

      Pod pod = api.updatePod("p1", PodUpdate.builder().name("renamed").image("img:2").build());

      RecordedRequest request = take(server);
      assertThat(request.getMethod()).isEqualTo("PATCH");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/pods/p1");
      assertThat(body(request)).isEqualTo("{\"name\":\"renamed\",\"image\":\"img:2\"}");
      assertThat(RequestSchemas.violations("UpdatePodRequest", body(request))).isEmpty();
      assertThat(pod.name()).isEqualTo("renamed-training-pod");
    }

    @Test
    void deletePod_sendsDelete() {
      server.enqueue(noContent());

      api.deletePod("p1");

      RecordedRequest request = take(server);
      assertThat(request.getMethod()).isEqualTo("DELETE");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/pods/p1");
    }

    @Test
    void deletePod_unknownPod_throwsNotFound() {
      server.enqueue(problem(404, "Not Found", "pod not found"));

      assertThatThrownBy(() -> api.deletePod("gone"))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("'gone'");
    }

    @Test
    void deletePod_notFoundOnRetry_isDone() {
      server.enqueue(
          new MockResponse.Builder()
              .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
              .build());
      server.enqueue(problem(404, "Not Found", "pod not found"));

      api.deletePod("p1");

      assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void listGpuTypes_sendsGetOfCatalog() {
      server.enqueue(json(200, resource("catalog/gpus.json")));

      List<GpuType> gpus = api.listGpuTypes();

      RecordedRequest request = take(server);
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/catalog/gpus");
      assertThat(gpus).extracting(GpuType::id).contains("NVIDIA H100 80GB HBM3");
    }

    @Test
    void getGpuType_encodesSpacesInPath() {
      server.enqueue(json(200, resource("api-examples/getGpuType-200-gpu.json")));

      GpuType gpu = api.getGpuType("NVIDIA GeForce RTX 4090");

      RecordedRequest request = take(server);
      assertThat(request.getUrl().encodedPath())
          .isEqualTo("/v2/catalog/gpus/NVIDIA%20GeForce%20RTX%204090");
      assertThat(gpu.memoryGb()).isEqualTo(24);
    }

    @Test
    void sshKeys_sendsGet() {
      server.enqueue(json(200, resource("api-examples/getSshKeys-200-keys.json")));

      List<String> keys = api.sshKeys();

      RecordedRequest request = take(server);
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/account/ssh-keys");
      assertThat(keys).hasSize(1);
    }

    @Test
    void replaceSshKeys_sendsPutOfWholeSet() {
      server.enqueue(json(200, "{\"keys\":[\"" + KEY + "\"]}"));

      api.replaceSshKeys(List.of(KEY));

      RecordedRequest request = take(server);
      assertThat(request.getMethod()).isEqualTo("PUT");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/account/ssh-keys");
      assertThat(body(request)).isEqualTo("{\"keys\":[\"" + KEY + "\"]}");
      assertThat(RequestSchemas.violations("UpdateSshKeysRequest", body(request))).isEmpty();
    }

    @Test
    void replaceSshKeys_emptySet_sendsEmptyArray() {
      server.enqueue(json(200, "{\"keys\":[]}"));

      api.replaceSshKeys(List.of());

      assertThat(body(take(server))).isEqualTo("{\"keys\":[]}");
    }

    @Test
    void baseUrlWithPath_keepsPrefix() {
      try (var prefixed =
          RunPodApi.create(
              ApiTestSupport.settings(server, sleeper)
                  .baseUrl(ApiTestSupport.baseUrl(server) + "proxy/runpod")
                  .build())) {
        server.enqueue(json(200, "{\"pods\":[]}"));

        assertThat(prefixed.listPods()).isEmpty();

        assertThat(take(server).getUrl().encodedPath()).isEqualTo("/proxy/runpod/v2/pods");
      }
    }
  }

  @Nested
  class Actions {

    @ParameterizedTest
    @EnumSource(
        value = PodAction.class,
        names = {"START", "STOP", "RESTART"})
    void podAction_sendsActionBody(PodAction action) {
      server.enqueue(json(200, resource("api-examples/podAction-200-pod.json")));

      Pod pod = api.podAction("p1", action);

      RecordedRequest request = take(server);
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/pods/p1/action");
      assertThat(body(request)).isEqualTo("{\"action\":\"" + action.wireValue() + "\"}");
      assertThat(RequestSchemas.violations("PodActionRequest", body(request))).isEmpty();
      assertThat(pod.id()).isEqualTo("7h9k2m4n6p");
    }

    @Test
    void podAction_noContent_getsPod() {
      server.enqueue(noContent());
      server.enqueue(json(200, pod("p1", "EXITED")));

      Pod pod = api.podAction("p1", PodAction.STOP);

      assertThat(take(server).getMethod()).isEqualTo("POST");
      RecordedRequest get = take(server);
      assertThat(get.getMethod()).isEqualTo("GET");
      assertThat(get.getUrl().encodedPath()).isEqualTo("/v2/pods/p1");
      assertThat(pod.status()).isEqualTo(PodStatus.EXITED);
    }

    @Test
    void terminate_podGone_returnsLastStateAsTerminated() {
      server.enqueue(json(200, pod("p1", "RUNNING")));
      server.enqueue(noContent());
      server.enqueue(problem(404, "Not Found", "pod not found"));

      Pod pod = api.podAction("p1", PodAction.TERMINATE);

      assertThat(take(server).getMethod()).isEqualTo("GET");
      RecordedRequest action = take(server);
      assertThat(body(action)).isEqualTo("{\"action\":\"terminate\"}");
      assertThat(pod.id()).isEqualTo("p1");
      assertThat(pod.status()).isEqualTo(PodStatus.TERMINATED);
      assertThat(pod.directSsh()).isEmpty();
      assertThat(pod.actions()).isEmpty();
    }

    @Test
    void terminate_unknownPod_namesTerminate() {
      server.enqueue(problem(404, "Not Found", "pod not found"));

      assertThatThrownBy(() -> api.podAction("gone", PodAction.TERMINATE))
          .isInstanceOf(NotFoundException.class)
          .hasMessageStartingWith("Could not terminate pod 'gone': pod 'gone' was not found");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void conflict_namesCurrentStatusAndValidActions() {
      server.enqueue(problem(409, "Conflict", "action stop is not valid for status EXITED"));
      server.enqueue(json(200, pod("p1", "EXITED").replace("\"stop\",\n", "\"start\",\n")));

      assertThatThrownBy(() -> api.podAction("p1", PodAction.STOP))
          .isInstanceOf(InvalidStateTransitionException.class)
          .hasMessageContaining("Could not stop pod 'p1'")
          .hasMessageContaining("is EXITED")
          .hasMessageContaining("start, restart, terminate")
          .hasMessageContaining("action stop is not valid for status EXITED");
    }

    @Test
    void stop_conflictOnRetry_returnsStoppedPod() {
      server.enqueue(problem(502, "Bad Gateway", "upstream timeout"));
      server.enqueue(problem(409, "Conflict", "pod is not running"));
      server.enqueue(json(200, pod("p1", "EXITED")));

      Pod pod = api.podAction("p1", PodAction.STOP);

      assertThat(pod.status()).isEqualTo(PodStatus.EXITED);
      assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void restart_serverError_isNotRetried() {
      server.enqueue(problem(503, "Service Unavailable", "try later"));

      assertThatThrownBy(() -> api.podAction("p1", PodAction.RESTART))
          .isInstanceOf(ServerErrorException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void start_serverError_isRetried() {
      server.enqueue(problem(500, "Internal Server Error", "oops"));
      server.enqueue(json(200, pod("p1", "STARTING")));

      Pod pod = api.podAction("p1", PodAction.START);

      assertThat(pod.status()).isEqualTo(PodStatus.STARTING);
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Nested
  class Create {

    private final Instant now = Instant.parse("2026-06-01T12:00:30Z");

    @BeforeEach
    void useFixedClock() {
      api.close();
      api =
          RunPodApi.create(
              ApiTestSupport.settings(server, sleeper)
                  .clock(Clock.fixed(now, ZoneOffset.UTC))
                  .readTimeout(Duration.ofMillis(300))
                  .build());
    }

    private String list(String... pods) {
      return "{\"pods\":[" + String.join(",", pods) + "]}";
    }

    @Test
    void serverError_findsPodByName() {
      server.enqueue(problem(500, "Internal Server Error", "upstream failed"));
      server.enqueue(
          json(
              200,
              list(
                  pod("old", "dev-1", "EXITED", "2026-05-01T12:00:00Z"),
                  pod("other", "dev-2", "PROVISIONING", "2026-06-01T12:00:29Z"),
                  pod("new", "dev-1", "PROVISIONING", "2026-06-01T12:00:29Z"))));

      Pod pod = api.createPod(createRequest());

      assertThat(pod.id()).isEqualTo("new");
      assertThat(take(server).getMethod()).isEqualTo("POST");
      RecordedRequest list = take(server);
      assertThat(list.getMethod()).isEqualTo("GET");
      assertThat(list.getUrl().encodedPath()).isEqualTo("/v2/pods");
      assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void serverError_withinClockSkew_stillFindsPod() {
      server.enqueue(problem(503, "Service Unavailable", "busy"));
      // RunPod's clock runs 90 s behind this machine's.
      server.enqueue(json(200, list(pod("new", "dev-1", "PROVISIONING", "2026-06-01T11:59:00Z"))));

      assertThat(api.createPod(createRequest()).id()).isEqualTo("new");
    }

    @Test
    void serverError_noPodFound_createsOnceMore() {
      server.enqueue(problem(500, "Internal Server Error", "upstream failed"));
      server.enqueue(json(200, list(pod("old", "dev-1", "EXITED", "2026-05-01T12:00:00Z"))));
      server.enqueue(json(201, pod("new", "dev-1", "PROVISIONING", "2026-06-01T12:00:31Z")));

      Pod pod = api.createPod(createRequest());

      assertThat(pod.id()).isEqualTo("new");
      assertThat(take(server).getMethod()).isEqualTo("POST");
      assertThat(take(server).getMethod()).isEqualTo("GET");
      assertThat(take(server).getMethod()).isEqualTo("POST");
    }

    @Test
    void timeout_findsCreatedPod() {
      server.enqueue(
          json(201, pod("new", "dev-1", "PROVISIONING", "2026-06-01T12:00:30Z"))
              .newBuilder()
              .headersDelay(2, TimeUnit.SECONDS)
              .build());
      server.enqueue(json(200, list(pod("new", "dev-1", "PROVISIONING", "2026-06-01T12:00:30Z"))));

      Pod pod = api.createPod(createRequest());

      assertThat(pod.id()).isEqualTo("new");
      assertThat(take(server).getMethod()).isEqualTo("POST");
      assertThat(take(server).getMethod()).isEqualTo("GET");
    }

    @Test
    void twoServerErrors_throwSecondWithoutThirdCreate() {
      server.enqueue(problem(500, "Internal Server Error", "first"));
      server.enqueue(json(200, list()));
      server.enqueue(problem(500, "Internal Server Error", "second"));
      server.enqueue(json(200, list()));

      assertThatThrownBy(() -> api.createPod(createRequest()))
          .isInstanceOf(ServerErrorException.class)
          .hasMessageContaining("second")
          .hasMessageContaining("create pod 'dev-1'");
      assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void lookupFails_throwsOriginalFailureWithoutSecondCreate() {
      server.enqueue(problem(500, "Internal Server Error", "upstream failed"));
      server.enqueue(problem(401, "Unauthorized", "token expired"));

      assertThatThrownBy(() -> api.createPod(createRequest()))
          .isInstanceOf(ServerErrorException.class)
          .hasMessageContaining("upstream failed");
      assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void validationError_isNotRetried() {
      server.enqueue(problem(422, "Unprocessable Entity", "Request validation failed."));

      assertThatThrownBy(() -> api.createPod(createRequest()))
          .isInstanceOf(ValidationException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void lostConnectionTwice_throwsNoResponse() {
      MockResponse cut =
          new MockResponse.Builder()
              .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
              .build();
      server.enqueue(cut);
      server.enqueue(json(200, list()));
      server.enqueue(cut);
      server.enqueue(json(200, list()));

      assertThatThrownBy(() -> api.createPod(createRequest()))
          .isInstanceOf(NoResponseException.class)
          .hasMessageContaining("may still have taken effect");
    }
  }
}

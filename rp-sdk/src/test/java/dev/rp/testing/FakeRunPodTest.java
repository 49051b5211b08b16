package dev.rp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.testing.FakeRunPodTestClient.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeRunPodTest {

  static final String CREATE_BODY =
      """
      {"name":"dev-1","image":"runpod/pytorch:2.4.0","gpu":{"id":"NVIDIA GeForce RTX 4090",\
      "count":2},"ports":["8888/http","22/tcp"],"disk":40,"startSsh":true}""";

  private FakeRunPod fake;
  private FakeRunPodTestClient client;

  @BeforeEach
  void startFake() {
    fake =
        FakeRunPod.start()
            .provisioningTime(Duration.ofMillis(100))
            .startingTime(Duration.ofMillis(100));
    client = new FakeRunPodTestClient(fake);
  }

  @AfterEach
  void checkAndClose() {
    assertThat(fake.responseViolations()).isEmpty();
    fake.close();
  }

  @Test
  void lifecycle_createStopStartDelete_movesThroughStatuses() throws IOException {
    fake.sshPorts(2201, 2202);

    Reply created = client.post("/v2/pods", CREATE_BODY);
    assertThat(created.status()).isEqualTo(201);
    Map<String, Object> pod = created.json();
    String id = (String) pod.get("id");
    assertThat(pod.get("status")).isEqualTo("PROVISIONING");
    assertThat(pod.get("actions")).isEqualTo(List.of("stop", "terminate"));
    assertThat(ssh(pod).get("direct")).isNull();

    Map<String, Object> running = client.awaitStatus(id, "RUNNING");
    assertThat(direct(running).get("host")).isEqualTo("127.0.0.1");
    assertThat(direct(running).get("port")).isEqualTo(2201.0);
    assertThat(direct(running).get("username")).isEqualTo("root");
    assertThat(direct(running).get("command")).isEqualTo("ssh root@127.0.0.1 -p 2201");
    assertThat(runtimePorts(running))
        .contains(Map.of("private", 22.0, "public", 2201.0, "type", "tcp", "ip", "127.0.0.1"));
    assertThat(running.get("cost")).isEqualTo(1.38);
    assertThat(running.get("startedAt")).isNotNull();

    Reply stopped = client.action(id, "stop");
    assertThat(stopped.status()).isEqualTo(200);
    assertThat(stopped.json().get("status")).isEqualTo("EXITED");
    assertThat(ssh(stopped.json()).get("direct")).isNull();
    assertThat(stopped.json().get("runtime")).isNull();
    assertThat(stopped.json().get("cost")).isEqualTo(0.0);
    assertThat(stopped.json().get("actions")).isEqualTo(List.of("start", "terminate"));

    Reply started = client.action(id, "start");
    assertThat(started.status()).isEqualTo(200);
    assertThat(started.json().get("status")).isEqualTo("STARTING");
    Map<String, Object> again = client.awaitStatus(id, "RUNNING");
    assertThat(direct(again).get("port")).isEqualTo(2202.0);
    assertThat(fake.pod(id).orElseThrow().startCount()).isEqualTo(2);
    assertThat(fake.pod(id).orElseThrow().sshPort()).isEqualTo(OptionalInt.of(2202));

    assertThat(client.delete("/v2/pods/" + id).status()).isEqualTo(204);
    Reply gone = client.get("/v2/pods/" + id);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.header("Content-Type")).startsWith("application/problem+json");
    assertThat(gone.json().get("detail")).isEqualTo("Pod '" + id + "' not found");
    assertThat(fake.pod(id)).isEmpty();
  }

  @Test
  void status_beforeProvisioningTime_staysProvisioning() throws IOException {
    fake.provisioningTime(Duration.ofSeconds(30));

    String id = (String) client.post("/v2/pods", CREATE_BODY).json().get("id");

    assertThat(client.get("/v2/pods/" + id).json().get("status")).isEqualTo("PROVISIONING");
    assertThat(fake.pod(id).orElseThrow().status()).isEqualTo("PROVISIONING");
  }

  @Test
  void listPods_wrapsEveryPod() throws IOException {
    fake.addPod("a", "RUNNING");
    fake.addPod("b", "EXITED");

    Reply list = client.get("/v2/pods");

    assertThat(list.status()).isEqualTo(200);
    assertThat(items(list.json(), "pods"))
        .extracting(pod -> pod.get("name"))
        .containsExactly("a", "b");
  }

  @Test
  void auth_wrongKey_is401() throws IOException {
    Reply reply = client.withAuthorization("Bearer not-the-key").get("/v2/pods");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("detail")).isEqualTo("invalid bearer token");
    assertThat(fake.requests().get(0).authorized()).isFalse();
  }

  @Test
  void auth_missingKey_is401() throws IOException {
    Reply reply = client.withAuthorization(null).get("/v2/pods");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().get("title")).isEqualTo("Unauthorized");
    assertThat(reply.json().get("detail")).isEqualTo("missing bearer token");
  }

  @Test
  void requestLog_redactsKeyAndRecordsRequest() throws IOException {
    client.post("/v2/pods", CREATE_BODY);
    client.get("/v2/pods");

    FakeRequest create = fake.requests().get(0);
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.path()).isEqualTo("/v2/pods");
    assertThat(create.body()).isEqualTo(CREATE_BODY);
    assertThat(create.authorized()).isTrue();
    assertThat(create.status()).isEqualTo(201);
    assertThat(create.header("Authorization")).isEqualTo("<redacted>");
    assertThat(fake.requests().toString()).doesNotContain(fake.apiKey());
    assertThat(fake.count("POST", "/v2/pods")).isEqualTo(1);
    assertThat(fake.count("*", "/v2/")).isEqualTo(2);

    fake.clearRequests();
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void headers_everyResponse_carryRateLimitAndRequestId() throws IOException {
    List<Reply> replies =
        List.of(
            client.get("/v2/pods"),
            client.get("/v2/pods/nope"),
            client.withAuthorization(null).get("/v2/pods"));

    for (Reply reply : replies) {
      assertThat(reply.header("RateLimit")).startsWith("\"minute\";r=");
      assertThat(reply.header("RateLimit-Policy")).startsWith("\"minute\";q=");
      assertThat(reply.header("X-Request-Id")).startsWith("req_");
    }
  }

  @Test
  void action_invalidForStatus_is409() throws IOException {
    String id = fake.addPod("dev-1", "RUNNING");

    Reply reply = client.action(id, "start");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().get("title")).isEqualTo("Conflict");
    assertThat((String) reply.json().get("detail")).contains("start", "RUNNING");
    assertThat(fake.pod(id).orElseThrow().status()).isEqualTo("RUNNING");
  }

  @Test
  void action_terminate_removesPodWithoutBody() throws IOException {
    String id = fake.addPod("dev-1", "EXITED");

    Reply reply = client.action(id, "terminate");

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertThat(client.get("/v2/pods/" + id).status()).isEqualTo(404);
  }

  @Test
  void action_restart_keepsSshPort() throws IOException {
    fake.sshPorts(2201, 2202);
    String id = fake.addPod("dev-1", "RUNNING");

    assertThat(client.action(id, "restart").json().get("status")).isEqualTo("STARTING");

    assertThat(direct(client.awaitStatus(id, "RUNNING")).get("port")).isEqualTo(2201.0);
  }

  @Test
  void action_afterPhasesElapse_checksCurrentStatus() throws Exception {
    String id = (String) client.post("/v2/pods", CREATE_BODY).json().get("id");
    Thread.sleep(300);

    Reply reply = client.action(id, "restart");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("status")).isEqualTo("STARTING");
  }

  @Test
  void action_unknownPod_is404() throws IOException {
    assertThat(client.action("nope", "stop").status()).isEqualTo(404);
  }

  @Test
  void update_patch_changesOnlyGivenFields() throws IOException {
    String id = fake.addPod("dev-1", "RUNNING");

    Reply reply = client.patch("/v2/pods/" + id, "{\"name\":\"dev-2\",\"locked\":true}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("name")).isEqualTo("dev-2");
    assertThat(reply.json().get("image")).isEqualTo(FakeRunPod.DEFAULT_IMAGE);
    assertThat(reply.json().get("actions")).isEqualTo(List.of("terminate"));
    assertThat(client.action(id, "stop").status()).isEqualTo(409);
  }

  @Test
  void update_newMountKind_is400() throws IOException {
    String id = fake.addPod("dev-1", "RUNNING");
    String body = "{\"mounts\":{\"persistent\":{\"size\":20,\"path\":\"/workspace\"}}}";

    Reply reply = client.patch("/v2/pods/" + id, body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat((String) reply.json().get("detail")).contains("mount kind is fixed");
  }

  @Test
  void update_unknownPod_is404() throws IOException {
    assertThat(client.patch("/v2/pods/nope", "{\"name\":\"x\"}").status()).isEqualTo(404);
  }

  @Test
  void ssh_withoutPort22_publishesNoDirectEndpoint() throws IOException {
    String body = CREATE_BODY.replace(",\"22/tcp\"", "");
    String id = (String) client.post("/v2/pods", body).json().get("id");

    Map<String, Object> running = client.awaitStatus(id, "RUNNING");

    assertThat(ssh(running).get("direct")).isNull();
    assertThat(fake.pod(id).orElseThrow().sshPort()).isEmpty();
  }

  @Test
  void ssh_proxy_isPublishedWhenSet() throws IOException {
    fake.sshProxy("127.0.0.1", 2222);
    String id = fake.addPod("dev-1", "EXITED");

    Map<String, Object> proxy =
        (Map<String, Object>) ssh(client.get("/v2/pods/" + id).json()).get("proxy");

    assertThat(proxy.get("port")).isEqualTo(2222.0);
    assertThat((String) proxy.get("username")).startsWith(id + "-");
  }

  @Test
  void sshEndpoints_supplier_choosesEachStart() throws IOException {
    fake.sshEndpoints((podId, start) -> new FakeSshEndpoints.Endpoint("localhost", 3000 + start));
    String id = fake.addPod("dev-1", "RUNNING");

    assertThat(direct(client.get("/v2/pods/" + id).json()).get("port")).isEqualTo(3001.0);
    assertThat(direct(client.get("/v2/pods/" + id).json()).get("host")).isEqualTo("localhost");
  }

  @Test
  void sshPorts_afterLastPort_beginAgain() {
    fake.sshHost("localhost").sshPorts(2201, 2202);

    for (String name : List.of("a", "b", "c")) {
      fake.addPod(name, "RUNNING");
    }

    assertThat(fake.pods())
        .extracting(pod -> pod.sshPort().orElseThrow())
        .containsExactly(2201, 2202, 2201);
    assertThat(fake.pods()).extracting(FakePod::sshHost).containsOnly("localhost");
  }

  @Test
  void addPod_exited_firstStartTakesFirstPort() throws IOException {
    fake.sshPorts(2301, 2302);
    String id = fake.addPod("web-made", "EXITED");
    assertThat(fake.pod(id).orElseThrow().startCount()).isZero();

    client.action(id, "start");

    assertThat(direct(client.awaitStatus(id, "RUNNING")).get("port")).isEqualTo(2301.0);
  }

  @Test
  void addPod_unknownGpu_isRejected() {
    assertThatThrownBy(() -> fake.addPod("x", "NVIDIA Nope", 1, "RUNNING"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NVIDIA Nope");
  }

  @Test
  void removePod_makesPodVanish() throws IOException {
    String id = fake.addPod("dev-1", "RUNNING");

    assertThat(fake.removePod(id)).isTrue();

    assertThat(client.get("/v2/pods/" + id).status()).isEqualTo(404);
    assertThat(fake.removePod(id)).isFalse();
  }

  @Test
  void setStatus_error_allowsStartOnly() throws IOException {
    String id = fake.addPod("dev-1", "RUNNING");

    fake.setStatus(id, "ERROR");

    Map<String, Object> pod = client.get("/v2/pods/" + id).json();
    assertThat(pod.get("status")).isEqualTo("ERROR");
    assertThat(pod.get("actions")).isEqualTo(List.of("start", "terminate"));
    assertThat(ssh(pod).get("direct")).isNull();
  }

  @Test
  void setStatus_unknownStatus_isRejected() {
    String id = fake.addPod("dev-1", "RUNNING");

    assertThatThrownBy(() -> fake.setStatus(id, "HIBERNATING"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HIBERNATING");
  }

  @Test
  void catalog_list_servesDefaultCatalog() throws IOException {
    Reply reply = client.get("/v2/catalog/gpus");

    assertThat(reply.status()).isEqualTo(200);
    List<Map<String, Object>> gpus = items(reply.json(), "gpus");
    assertThat(gpus).hasSize(18);
    assertThat(gpus)
        .extracting(gpu -> gpu.get("id"))
        .contains("NVIDIA H100 80GB HBM3", "NVIDIA GeForce RTX 4090");
  }

  @Test
  void catalog_getByIdWithSpaces_decodesId() throws IOException {
    Reply reply = client.get("/v2/catalog/gpus/NVIDIA%20H100%20PCIe");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("name")).isEqualTo("H100 PCIe");
    assertThat(reply.json().get("memory")).isEqualTo(80.0);
    assertThat(fake.count("GET", "/v2/catalog/gpus/NVIDIA H100")).isEqualTo(1);
  }

  @Test
  void catalog_unknownId_is404() throws IOException {
    assertThat(client.get("/v2/catalog/gpus/NVIDIA%20Nope").status()).isEqualTo(404);
  }

  @Test
  void catalog_replaced_servesAndChecksNewCatalog() throws IOException {
    fake.catalog(
        """
        {"gpus":[{"id":"Test GPU","name":"Test","pool":null,"manufacturer":"NVIDIA",\
        "memory":8,"secure":true,"community":false,"price":{"secure":0.1,"community":0},\
        "maxCount":{"secure":2,"community":0}}]}""");

    assertThat((List<?>) client.get("/v2/catalog/gpus").json().get("gpus")).hasSize(1);
    assertThat(client.post("/v2/pods", CREATE_BODY).status()).isEqualTo(400);
  }

  @Test
  void catalog_invalid_isRejected() {
    assertThatThrownBy(() -> fake.catalog("{\"gpus\":[{\"id\":\"x\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ListGpuTypesResponse");
  }

  @Test
  void create_unknownGpu_is400() throws IOException {
    Reply reply = client.post("/v2/pods", CREATE_BODY.replace("GeForce RTX 4090", "RTX 9999"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat((String) reply.json().get("detail")).contains("no GPU type 'NVIDIA RTX 9999'");
    assertThat(fake.pods()).isEmpty();
  }

  @Test
  void create_gpuNotInCloud_is400() throws IOException {
    String body = CREATE_BODY.replace("GeForce RTX 4090", "GeForce RTX 3090");

    Reply reply = client.post("/v2/pods", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat((String) reply.json().get("detail")).contains("not offered in the SECURE cloud");
  }

  @Test
  void create_countAboveMax_is400() throws IOException {
    String body =
        CREATE_BODY
            .replace("\"count\":2", "\"count\":5")
            .replace("\"name\"", "\"cloud\":\"COMMUNITY\",\"name\"");

    Reply reply = client.post("/v2/pods", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat((String) reply.json().get("detail")).contains("maximum of 4");
  }

  @Test
  void create_communityCloud_costsCommunityPrice() throws IOException {
    String body = CREATE_BODY.replace("\"name\"", "\"cloud\":\"COMMUNITY\",\"name\"");

    Map<String, Object> pod = client.post("/v2/pods", body).json();

    assertThat(pod.get("cloud")).isEqualTo("COMMUNITY");
    assertThat(pod.get("cost")).isEqualTo(0.68);
  }

  @Test
  void create_templateId_is404() throws IOException {
    String body = "{\"name\":\"x\",\"templateId\":\"tpl1\",\"gpu\":{\"id\":\"NVIDIA L4\"}}";

    assertThat(client.post("/v2/pods", body).status()).isEqualTo(404);
  }

  @Test
  void create_concurrently_keepsEveryPod() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> client.post("/v2/pods", CREATE_BODY).status()));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(201);
      }
    } finally {
      pool.shutdown();
    }

    assertThat(fake.pods()).hasSize(16);
    assertThat(fake.pods()).extracting(FakePod::id).doesNotHaveDuplicates();
  }

  @Test
  void sshKeys_put_replacesWholeSet() throws IOException {
    fake.setSshKeys(List.of("ssh-ed25519 AAAAold old@host"));

    Reply reply =
        client.put(
            "/v2/account/ssh-keys",
            "{\"keys\":[\"ssh-ed25519 AAAAnew me@host\",\"ssh-rsa AAAAsecond\"]}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("keys"))
        .isEqualTo(List.of("ssh-ed25519 AAAAnew me@host", "ssh-rsa AAAAsecond"));
    assertThat(fake.sshKeys()).containsExactly("ssh-ed25519 AAAAnew me@host", "ssh-rsa AAAAsecond");
    assertThat(client.get("/v2/account/ssh-keys").json().get("keys"))
        .isEqualTo(reply.json().get("keys"));
  }

  @Test
  void logs_streamServerSentEvents() throws IOException {
    String id = fake.addPod("dev-1", "RUNNING");
    fake.setLogLines(id, List.of("epoch 1", "epoch 2"));

    Reply reply = client.get("/v2/pods/" + id + "/logs?source=container");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("text/event-stream");
    assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
    List<String> data = reply.body().lines().filter(line -> line.startsWith("data: ")).toList();
    assertThat(data).hasSize(2);
    assertThat(data.get(0)).contains("\"source\":\"container\"", "\"line\":\"epoch 1\"");
    assertThat(reply.body()).contains("id: ");
  }

  @Test
  void logs_tail_keepsLastLines() throws IOException {
    String id = fake.addPod("dev-1", "RUNNING");
    fake.setLogLines(id, List.of("one", "two", "three"));

    String body = client.get("/v2/pods/" + id + "/logs?tail=1").body();

    assertThat(body.lines().filter(line -> line.startsWith("data: "))).hasSize(1);
    assertThat(body).contains("three").doesNotContain("two");
  }

  @Test
  void logs_unknownPod_is404() throws IOException {
    assertThat(client.get("/v2/pods/nope/logs").status()).isEqualTo(404);
  }

  @Test
  void unknownPath_is404AndWrongMethod_is405() throws IOException {
    assertThat(client.get("/v2/templates").status()).isEqualTo(404);
    Reply wrongMethod = client.put("/v2/pods", "{}");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.header("Allow")).isEqualTo("GET, POST");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> items(Map<String, Object> json, String member) {
    return (List<Map<String, Object>>) json.get(member);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> ssh(Map<String, Object> pod) {
    return (Map<String, Object>) pod.get("ssh");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> direct(Map<String, Object> pod) {
    Map<String, Object> direct = (Map<String, Object>) ssh(pod).get("direct");
    assertThat(direct).as("ssh.direct of %s", pod.get("id")).isNotNull();
    return direct;
  }

  @SuppressWarnings("unchecked")
  static List<Object> runtimePorts(Map<String, Object> pod) {
    return (List<Object>) ((Map<String, Object>) pod.get("runtime")).get("ports");
  }
}

package dev.rp.testing;

import static dev.rp.testing.FakeRunPodTest.CREATE_BODY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.testing.FakeRunPodTestClient.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeRunPodContractTest {

  private final ContractValidator contract = ContractValidator.create();
  private FakeRunPod fake;
  private FakeRunPodTestClient client;

  @BeforeEach
  void startFake() {
    fake =
        FakeRunPod.start()
            .provisioningTime(Duration.ofMillis(50))
            .startingTime(Duration.ofMillis(50));
    client = new FakeRunPodTestClient(fake);
  }

  @AfterEach
  void checkAndClose() {
    assertThat(fake.responseViolations()).isEmpty();
    fake.close();
  }

  @Test
  void create_unknownField_is422AndRecorded() throws IOException {
    Reply reply = client.post("/v2/pods", CREATE_BODY.replace("\"disk\"", "\"bogus\":1,\"disk\""));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().get("detail")).isEqualTo("Request validation failed.");
    assertThat((List<?>) reply.json().get("errors"))
        .anySatisfy(error -> assertThat((String) error).contains("'bogus'"));
    assertThat(fake.contractViolations())
        .anySatisfy(
            violation -> assertThat(violation).startsWith("POST /v2/pods: ").contains("'bogus'"));
    assertThat(fake.pods()).isEmpty();
  }

  @Test
  void create_missingImage_is422AndRecorded() throws IOException {
    Reply reply =
        client.post("/v2/pods", CREATE_BODY.replace("\"image\":\"runpod/pytorch:2.4.0\",", ""));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(fake.contractViolations())
        .containsExactly("POST /v2/pods: $: required property 'image' not found");

    fake.clearContractViolations();
    assertThat(fake.contractViolations()).isEmpty();
  }

  @Test
  void create_notJson_is422() throws IOException {
    Reply reply = client.post("/v2/pods", "name=dev-1");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(fake.contractViolations()).singleElement().asString().contains("not valid JSON");
  }

  @Test
  void create_unknownGpuField_is422() throws IOException {
    Reply reply =
        client.post("/v2/pods", CREATE_BODY.replace("\"count\":2", "\"count\":2,\"vram\":24"));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(fake.contractViolations())
        .anySatisfy(violation -> assertThat(violation).contains("$.gpu", "'vram'"));
  }

  @Test
  void update_unknownField_is422() throws IOException {
    String id = fake.addPod("dev-1", "RUNNING");

    Reply reply = client.patch("/v2/pods/" + id, "{\"gpu\":{\"id\":\"NVIDIA L4\"}}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(fake.contractViolations()).isNotEmpty();
  }

  @Test
  void action_unknownAction_is422() throws IOException {
    String id = fake.addPod("dev-1", "RUNNING");

    Reply reply = client.action(id, "pause");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(fake.contractViolations()).singleElement().asString().contains("$.action");
    assertThat(fake.pod(id).orElseThrow().status()).isEqualTo("RUNNING");
  }

  @Test
  void sshKeys_malformedKey_is422() throws IOException {
    Reply reply = client.put("/v2/account/ssh-keys", "{\"keys\":[\"not a key\"]}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(fake.contractViolations()).singleElement().asString().contains("$.keys[0]");
    assertThat(fake.sshKeys()).isEmpty();
  }

  @Test
  void logs_tailOutOfRange_is422() throws IOException {
    String id = fake.addPod("dev-1", "RUNNING");

    assertThat(client.get("/v2/pods/" + id + "/logs?tail=9999").status()).isEqualTo(422);
    assertThat(fake.contractViolations()).singleElement().asString().contains("tail");
  }

  @Test
  void validRequests_recordNoViolation() throws IOException {
    String id = (String) client.post("/v2/pods", CREATE_BODY).json().get("id");
    client.patch("/v2/pods/" + id, "{\"name\":\"renamed\",\"env\":{\"A\":\"1\"},\"mounts\":{}}");
    client.action(id, "stop");
    client.put("/v2/account/ssh-keys", "{\"keys\":[\"ssh-ed25519 AAAAC3Nza me@host\"]}");

    assertThat(fake.contractViolations()).isEmpty();
  }

  @Test
  void responses_everyKind_conformToContract() throws IOException {
    fake.sshPorts(2201);
    fake.sshProxy("127.0.0.1", 2222);
    String website = fake.addPod("from-website", "EXITED");
    String created = (String) client.post("/v2/pods", CREATE_BODY).json().get("id");
    String withMount =
        (String)
            client
                .post(
                    "/v2/pods",
                    CREATE_BODY.replace(
                        "\"disk\"",
                        "\"mounts\":{\"persistent\":{\"size\":20,\"path\":\"/workspace\"}},"
                            + "\"globalNetworking\":true,\"dataCenterIds\":[\"EU-RO-1\"],\"disk\""))
                .json()
                .get("id");

    Map<Reply, String> replies = new LinkedHashMap<>();
    replies.put(client.get("/v2/pods"), "ListPodsResponse");
    replies.put(client.get("/v2/pods/" + created), "Pod");
    replies.put(client.get("/v2/pods/" + withMount), "Pod");
    replies.put(client.action(website, "start"), "Pod");
    client.awaitStatus(created, "RUNNING");
    replies.put(client.get("/v2/pods"), "ListPodsResponse");
    replies.put(client.patch("/v2/pods/" + created, "{\"locked\":true}"), "Pod");
    replies.put(client.action(created, "stop"), "ErrorResponse");
    replies.put(client.action(withMount, "restart"), "Pod");
    replies.put(client.get("/v2/catalog/gpus"), "ListGpuTypesResponse");
    replies.put(client.get("/v2/catalog/gpus/NVIDIA%20L4"), "GpuType");
    replies.put(client.get("/v2/catalog/gpus/nope"), "ErrorResponse");
    replies.put(client.get("/v2/account/ssh-keys"), "SshKeys");
    replies.put(client.put("/v2/account/ssh-keys", "{\"keys\":[]}"), "SshKeys");
    replies.put(client.post("/v2/pods", "{}"), "ErrorResponse");
    replies.put(client.withAuthorization(null).get("/v2/pods"), "ErrorResponse");
    fake.serverError(1, 503);
    replies.put(client.get("/v2/pods"), "ErrorResponse");
    fake.rateLimit(1, 3);
    replies.put(client.get("/v2/pods"), "ErrorResponse");

    for (Map.Entry<Reply, String> entry : replies.entrySet()) {
      Reply reply = entry.getKey();
      assertThat(contract.validate(entry.getValue(), reply.body()))
          .as("%s body %s", entry.getValue(), reply.body())
          .isEmpty();
    }
    assertThat(replies.keySet())
        .extracting(Reply::status)
        .containsExactly(
            200, 200, 200, 200, 200, 200, 409, 200, 200, 200, 404, 200, 200, 422, 401, 503, 429);
  }
}

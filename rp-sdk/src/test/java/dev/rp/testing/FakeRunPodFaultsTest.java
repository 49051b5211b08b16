package dev.rp.testing;

import static dev.rp.testing.FakeRunPodTest.CREATE_BODY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.testing.FakeRunPodTestClient.Reply;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeRunPodFaultsTest {

  private FakeRunPod fake;
  private FakeRunPodTestClient client;

  @BeforeEach
  void startFake() {
    fake = FakeRunPod.start();
    client = new FakeRunPodTestClient(fake);
  }

  @AfterEach
  void checkAndClose() {
    assertThat(fake.responseViolations()).isEmpty();
    fake.close();
  }

  @Test
  void rateLimit_answers429WithRetryAfterThenRecovers() throws IOException {
    fake.rateLimit(2, 7);

    Reply first = client.get("/v2/pods");
    Reply second = client.get("/v2/catalog/gpus");
    Reply third = client.get("/v2/pods");

    assertThat(first.status()).isEqualTo(429);
    assertThat(first.header("Retry-After")).isEqualTo("7");
    assertThat(first.header("RateLimit")).startsWith("\"minute\";r=0;t=7");
    assertThat(first.json().get("title")).isEqualTo("Too Many Requests");
    assertThat(second.status()).isEqualTo(429);
    assertThat(third.status()).isEqualTo(200);
  }

  @Test
  void rateLimit_onCreate_leavesOtherRequestsAlone() throws IOException {
    fake.on("POST", "/v2/pods").rateLimit(1, 1);

    assertThat(client.get("/v2/pods").status()).isEqualTo(200);
    assertThat(client.post("/v2/pods", CREATE_BODY).status()).isEqualTo(429);
    assertThat(fake.pods()).isEmpty();
    assertThat(client.post("/v2/pods", CREATE_BODY).status()).isEqualTo(201);
  }

  @Test
  void chainedFaults_applyInOrder() throws IOException {
    fake.on("GET", "/v2/pods").rateLimit(1, 1).serverError(1, 503);

    assertThat(client.get("/v2/pods").status()).isEqualTo(429);
    assertThat(client.get("/v2/pods").status()).isEqualTo(503);
    assertThat(client.get("/v2/pods").status()).isEqualTo(200);
  }

  @Test
  void serverError_answersProblemWithoutActing() throws IOException {
    fake.serverError(1, 502);

    Reply reply = client.post("/v2/pods", CREATE_BODY);

    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().get("status")).isEqualTo(502.0);
    assertThat(fake.pods()).isEmpty();
  }

  @Test
  void serverError_non5xxStatus_isRejected() {
    assertThatThrownBy(() -> fake.serverError(1, 404))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("404");
  }

  @Test
  void delay_pastReadTimeout_timesOutButCreates() {
    fake.on("POST", "/v2/pods").delay(1, Duration.ofSeconds(2));
    FakeRunPodTestClient impatient = client.withReadTimeout(Duration.ofMillis(200));

    assertThatThrownBy(() -> impatient.post("/v2/pods", CREATE_BODY))
        .isInstanceOf(InterruptedIOException.class);

    assertThat(fake.pods()).hasSize(1);
  }

  @Test
  void delay_withinReadTimeout_answersLate() throws IOException {
    fake.delay(1, Duration.ofMillis(300));

    long start = System.nanoTime();
    Reply reply = client.get("/v2/pods");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(250));
  }

  @Test
  void disconnect_dropsRequestWithoutActing() {
    fake.on("POST", "/v2/pods").disconnect(1);

    assertThatThrownBy(() -> client.post("/v2/pods", CREATE_BODY)).isInstanceOf(IOException.class);

    assertThat(fake.pods()).isEmpty();
    assertThat(fake.requests().get(0).status()).isZero();
  }

  @Test
  void noCapacity_rejectsThatGpuUntilRestored() throws IOException {
    fake.noCapacity("NVIDIA GeForce RTX 4090");

    Reply refused = client.post("/v2/pods", CREATE_BODY);
    Reply otherGpu = client.post("/v2/pods", CREATE_BODY.replace("GeForce RTX 4090", "L4"));
    Reply refusedAgain = client.post("/v2/pods", CREATE_BODY);
    fake.restoreCapacity("NVIDIA GeForce RTX 4090");
    Reply placed = client.post("/v2/pods", CREATE_BODY);

    assertThat(refused.status()).isEqualTo(400);
    assertThat((String) refused.json().get("detail")).contains("no longer any instances available");
    assertThat(otherGpu.status()).isEqualTo(201);
    assertThat(refusedAgain.status()).isEqualTo(400);
    assertThat(placed.status()).isEqualTo(201);
  }

  @Test
  void insufficientBalance_rejectsCreatesWith402() throws IOException {
    fake.insufficientBalance();

    Reply reply = client.post("/v2/pods", CREATE_BODY);

    assertThat(reply.status()).isEqualTo(402);
    assertThat(reply.json().get("title")).isEqualTo("Payment Required");
    assertThat(fake.pods()).isEmpty();

    fake.clearFaults();
    assertThat(client.post("/v2/pods", CREATE_BODY).status()).isEqualTo(201);
  }

  @Test
  void hostGpusTaken_failsNextStartOnly() throws IOException {
    String id = fake.addPod("dev-1", "EXITED");
    fake.hostGpusTaken(id);

    Reply refused = client.action(id, "start");
    Reply started = client.action(id, "start");

    assertThat(refused.status()).isEqualTo(400);
    assertThat((String) refused.json().get("detail")).contains("not enough free GPUs");
    assertThat(started.status()).isEqualTo(200);
    assertThat(fake.pod(id).orElseThrow().startCount()).isEqualTo(1);
  }

  @Test
  void createButDropResponse_createsPodButDisconnects() {
    fake.createButDropResponse();

    assertThatThrownBy(() -> client.post("/v2/pods", CREATE_BODY)).isInstanceOf(IOException.class);

    assertThat(fake.pods()).extracting(FakePod::name).containsExactly("dev-1");
  }

  @Test
  void createButServerError_createsPodButAnswers500() throws IOException {
    fake.createButServerError();

    Reply reply = client.post("/v2/pods", CREATE_BODY);

    assertThat(reply.status()).isEqualTo(500);
    assertThat(fake.pods()).hasSize(1);
    assertThat(client.post("/v2/pods", CREATE_BODY).status()).isEqualTo(201);
  }

  @Test
  void faults_withBadKey_areNotConsumed() throws IOException {
    fake.rateLimit(1, 1);

    assertThat(client.withAuthorization("Bearer wrong").get("/v2/pods").status()).isEqualTo(401);
    assertThat(client.get("/v2/pods").status()).isEqualTo(429);
  }

  @Test
  void clearFaults_removesQueuedFaults() throws IOException {
    fake.serverError(3, 500);
    fake.noCapacity("NVIDIA GeForce RTX 4090");

    fake.clearFaults();

    assertThat(client.post("/v2/pods", CREATE_BODY).status()).isEqualTo(201);
  }
}

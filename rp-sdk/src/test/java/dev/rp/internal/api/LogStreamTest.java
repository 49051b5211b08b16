package dev.rp.internal.api;

import static dev.rp.internal.api.ApiTestSupport.API_KEY;
import static dev.rp.internal.api.ApiTestSupport.problem;
import static dev.rp.internal.api.ApiTestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogStreamTest {

  private MockWebServer server;
  private RunPodApi api;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    server = ApiTestSupport.startServer();
    api = ApiTestSupport.api(server, new ApiTestSupport.RecordingSleeper());
  }

  @AfterEach
  void stop() {
    api.close();
    server.close();
  }

  private static MockResponse events(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "text/event-stream")
        .setHeader("Cache-Control", "no-cache")
        .body(body)
        .build();
  }

  @Test
  void stream_deliversLineOfEachEvent() throws InterruptedException {
    server.enqueue(
        events(
            "id: 2026-06-01T12:02:03Z/000000000001\n"
                + "data: {\"ts\":\"2026-06-01T12:02:03Z\",\"source\":\"container\","
                + "\"line\":\"Model loaded.\"}\n\n"
                + ": keep-alive comment\n\n"
                + "data: {\"ts\":\"2026-06-01T12:02:04Z\",\"source\":\"system\","
                + "\"line\":\"GPU 0 ready\"}\n\n"));

    LogStream stream = api.streamLogs("p1", lines::add);

    assertThat(stream.await(Duration.ofSeconds(5))).isTrue();
    assertThat(lines).containsExactly("Model loaded.", "GPU 0 ready");
    assertThat(stream.isOpen()).isFalse();
  }

  @Test
  void stream_sendsGetWithHeaders() throws InterruptedException {
    server.enqueue(events(""));

    api.streamLogs("p1", 0, lines::add).await(Duration.ofSeconds(5));

    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/pods/p1/logs");
    assertThat(request.getUrl().queryParameter("tail")).isEqualTo("0");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("text/event-stream");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
  }

  @Test
  void stream_defaultTail_sendsNoQuery() throws InterruptedException {
    server.enqueue(events(""));

    api.streamLogs("p1", lines::add).await(Duration.ofSeconds(5));

    assertThat(take(server).getUrl().query()).isNull();
  }

  @Test
  void stream_nonJsonData_isDeliveredAsIs() throws InterruptedException {
    server.enqueue(events("data: plain text line\n\n"));

    api.streamLogs("p1", lines::add).await(Duration.ofSeconds(5));

    assertThat(lines).containsExactly("plain text line");
  }

  @Test
  void stream_unknownPod_throwsNotFoundFromAwait() {
    server.enqueue(problem(404, "Not Found", "pod not found"));

    LogStream stream = api.streamLogs("gone", lines::add);

    assertThatThrownBy(() -> stream.await(Duration.ofSeconds(5)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Could not stream logs of pod 'gone'")
        .hasMessageContaining("pod 'gone' was not found");
  }

  @Test
  void close_endsOpenStreamWithoutFailure() throws InterruptedException {
    server.enqueue(
        events("data: {\"line\":\"first\"}\n\ndata: {\"line\":\"late\"}\n\n")
            .newBuilder()
            .throttleBody(30, 2, TimeUnit.SECONDS)
            .build());
    LogStream stream = api.streamLogs("p1", lines::add);

    waitFor(() -> lines.contains("first"));
    stream.close();

    assertThat(stream.await(Duration.ofSeconds(1))).isTrue();
    assertThat(lines).containsExactly("first");
  }

  @Test
  void apiClose_closesOpenStreams() throws InterruptedException {
    server.enqueue(events("data: x\n\n").newBuilder().bodyDelay(10, TimeUnit.SECONDS).build());
    LogStream stream = api.streamLogs("p1", lines::add);

    api.close();

    assertThat(stream.await(Duration.ofSeconds(1))).isTrue();
    assertThat(lines).isEmpty();
  }

  @Test
  void consumerFailure_endsStreamWithCause() {
    server.enqueue(events("data: {\"line\":\"boom\"}\n\n"));

    LogStream stream =
        api.streamLogs(
            "p1",
            line -> {
              throw new IllegalStateException("consumer broke on " + line);
            });

    assertThatThrownBy(() -> stream.await(Duration.ofSeconds(5)))
        .hasMessageContaining("consumer of log lines failed")
        .hasRootCauseMessage("consumer broke on boom");
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Condition not met within 5 seconds");
      }
      Thread.sleep(10);
    }
  }
}

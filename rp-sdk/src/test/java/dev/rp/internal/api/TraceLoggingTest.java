package dev.rp.internal.api;

import static dev.rp.internal.api.ApiTestSupport.API_KEY;
import static dev.rp.internal.api.ApiTestSupport.json;
import static dev.rp.internal.api.ApiTestSupport.noContent;
import static dev.rp.internal.api.ApiTestSupport.pod;
import static dev.rp.internal.api.ApiTestSupport.problem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RunPodException;
import dev.rp.pods.CreatePodRequest;
import dev.rp.pods.PodAction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs a pod's whole lifecycle with every rp logger at TRACE and checks that the API key never
 * reaches the log.
 *
 * <p>slf4j-simple fixes each logger's level when the logger is created, which other tests in this
 * JVM may already have done, so the lifecycle runs in a child JVM started with TRACE.
 */
class TraceLoggingTest {

  private static String log;
  private static int exitCode;

  @BeforeAll
  static void runLifecycleInChildJvm() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var command =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
            Lifecycle.class.getName());
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    // The key travels in the environment, never in the command line.
    builder.environment().put("RP_TEST_API_KEY", API_KEY);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("The lifecycle JVM did not finish within 60 seconds");
    }
    exitCode = process.exitValue();
    log = new String(output, StandardCharsets.UTF_8);
  }

  @Test
  void lifecycle_completes() {
    assertThat(exitCode).as(log).isZero();
    assertThat(log).contains("lifecycle done");
  }

  @Test
  void lifecycle_logsOneDebugLinePerCall() {
    assertThat(log)
        .contains("DEBUG dev.rp.internal.api.ApiCaller - POST /v2/pods 201 in ")
        .contains("DEBUG dev.rp.internal.api.ApiCaller - GET /v2/pods/p1 200 in ")
        .contains("DEBUG dev.rp.internal.api.ApiCaller - POST /v2/pods/p1/action 200 in ")
        .contains("DEBUG dev.rp.internal.api.ApiCaller - DELETE /v2/pods/p1 204 in ")
        .contains("DEBUG dev.rp.internal.api.ApiCaller - GET /v2/pods/gone 401 in ");
  }

  @Test
  void lifecycle_logsBodiesAtTrace() {
    assertThat(log)
        .contains("TRACE dev.rp.internal.api.TraceLogging - --> POST /v2/pods")
        .contains("\"name\":\"dev-1\"")
        .contains("Authorization: Bearer <redacted>");
  }

  @Test
  void lifecycle_neverLogsKey() {
    assertThat(log).isNotEmpty().doesNotContain(API_KEY);
  }

  @Test
  void lifecycle_logsNothingAtInfoOrWarn() {
    assertThat(log).doesNotContain(" INFO dev.rp").doesNotContain(" WARN dev.rp");
  }

  /** Runs create, get, stop, delete and a failing get against a local server. */
  static final class Lifecycle {

    public static void main(String[] args) throws IOException {
      try (MockWebServer server = ApiTestSupport.startServer()) {
        server.enqueue(json(201, pod("p1", "PROVISIONING")));
        server.enqueue(json(200, pod("p1", "RUNNING")));
        server.enqueue(json(200, pod("p1", "EXITED")));
        server.enqueue(noContent());
        // A server that echoes the token it rejects.
        server.enqueue(
            problem(401, "Unauthorized", "invalid token " + System.getenv("RP_TEST_API_KEY")));

        ApiSettings settings =
            ApiSettings.builder()
                .apiKey(System.getenv("RP_TEST_API_KEY"))
                .baseUrl(ApiTestSupport.baseUrl(server))
                .build();
        try (RunPodApi api = RunPodApi.create(settings)) {
          api.createPod(
              CreatePodRequest.builder()
                  .name("dev-1")
                  .image("runpod/pytorch:2.8.0")
                  .gpuTypeId("NVIDIA H100 80GB HBM3")
                  .build());
          api.getPod("p1");
          api.podAction("p1", PodAction.STOP);
          api.deletePod("p1");
          try {
            api.getPod("gone");
          } catch (RunPodException e) {
            System.err.println("expected failure: " + e.getMessage());
            System.err.println("settings: " + settings);
          }
        }
      }
      System.err.println("lifecycle done");
    }
  }
}

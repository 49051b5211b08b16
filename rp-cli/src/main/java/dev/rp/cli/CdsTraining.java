package dev.rp.cli;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.cli.output.Json;
import dev.rp.cli.output.Table;
import dev.rp.cli.output.Terminal;
import dev.rp.pods.TrackedPod;
import dev.rp.schedule.ScheduleTimes;
import dev.rp.store.PodAlias;
import dev.rp.store.Stores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.LoggerFactory;

/**
 * Loads the classes a typical {@code rp} command loads, so that the launcher can record them into
 * the full class data sharing archive. rp's background process also runs it to warm up.
 *
 * <p>It renders picocli's help, and lists pods through an SDK client whose stores are in memory and
 * whose HTTP client responds to {@code GET /v2/pods} from an interceptor, so that the SDK's
 * Retrofit service, Moshi wire types and mapping run as in {@code rp list} without a request. Last,
 * it sends one command through the background process's protocol, to a server in this JVM on
 * 127.0.0.1, in a temporary folder that it removes.
 */
public final class CdsTraining {

  // The interceptor responds to every request, so nothing connects to this port.
  private static final String UNUSED_BASE_URL = "http://127.0.0.1:9";

  private static final String POD_LIST =
      "{\"pods\":[{\"id\":\"cdstraining01\",\"name\":\"dev-1\",\"status\":\"RUNNING\","
          + "\"actions\":[\"stop\",\"restart\",\"terminate\"],\"image\":\"runpod/pytorch\","
          + "\"disk\":20,\"ports\":[\"22/tcp\"],\"gpu\":{\"id\":\"NVIDIA A40\",\"count\":1},"
          + "\"cloud\":\"SECURE\",\"ssh\":{\"direct\":{\"host\":\"127.0.0.1\",\"port\":22,"
          + "\"username\":\"root\"}},\"cost\":0.44,\"createdAt\":\"2026-01-01T00:00:00Z\"}]}";

  private CdsTraining() {}

  /**
   * Renders help, lists pods and schedules a stop through the SDK, writes a table and JSON, and
   * sends one command through the background process's protocol.
   */
  public static void main(String[] args) {
    exercise();
    askDaemon(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    LoggerFactory.getLogger(CdsTraining.class).debug("trained");
  }

  /** Runs the commands of {@link #main} once, all but the background process's protocol. */
  static void exercise() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    CliContext context =
        new CliContext(
            Map.of("HOME", System.getProperty("java.io.tmpdir")), Terminal.none(), sink, sink);
    Main.run(context, "--help");
    Main.run(context, "create", "--help");
    Main.run(context, "__json-check");
    Main.run(context, "stop", "--bogus");

    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(CdsTraining::respond).build();
    try (RunPodClient client =
        RunPod.builder()
            .environment(Map.of("HOME", System.getProperty("java.io.tmpdir")))
            .stores(Stores.inMemory())
            .apiKey("cds-training")
            .baseUrl(UNUSED_BASE_URL)
            .httpClient(http)
            .build()) {
      client
          .stores()
          .aliases()
          .update(aliases -> aliases.put("dev-1", PodAlias.of("dev-1", "cdstraining01")));
      Table table = Table.of(Table.Column.left("Alias"), Table.Column.left("Status"));
      for (TrackedPod pod : client.pods().list()) {
        table.addRow(pod.alias(), pod.statusLabel());
      }
      sink.print(table.render());
      Instant when = Instant.now().plus(ScheduleTimes.parseDelay("2h"));
      client.pods().alias("dev-1").stopAt(when);
      sink.print(ScheduleTimes.describe(when, Clock.systemUTC(), ZoneId.systemDefault()));
      sink.print(Json.write(client.schedule().list(true).size()));
    } finally {
      http.dispatcher().executorService().shutdown();
    }
    sink.print(Json.write(Map.of("alias", "dev-1", "cost", 1.0)));
  }

  // One request through the background process's socket, with the server side in this JVM, in a
  // folder removed afterwards.
  private static void askDaemon(PrintStream sink) {
    Path folder;
    try {
      folder = Files.createTempDirectory("rp-training");
    } catch (IOException e) {
      return;
    }
    Daemon daemon = new Daemon(folder, folder, "training");
    DaemonServer server = new DaemonServer(daemon);
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.publish(socket.getLocalPort());
      Thread serving = new Thread(() -> server.handleNext(socket));
      serving.start();
      new DaemonClient(daemon).run(Map.of(), sink, sink, "--version");
      serving.join();
    } catch (IOException e) {
      LoggerFactory.getLogger(CdsTraining.class).debug("No socket for training: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      deleteQuietly(daemon.endpointFile());
      deleteQuietly(folder);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // A file left in the temporary folder.
    }
  }

  /** Responds to every request with the pod list, as RunPod responds to {@code GET /v2/pods}. */
  private static Response respond(Interceptor.Chain chain) {
    return new Response.Builder()
        .request(chain.request())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create(POD_LIST, MediaType.get("application/json")))
        .build();
  }
}

package dev.rp.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs rp's quick commands in the background process before users do, against a responder on
 * 127.0.0.1 that this class starts, so that the JIT has compiled their path by the first real
 * command.
 *
 * <p>The commands run as a user's would, through picocli, the SDK, OkHttp's connection to the
 * responder, Moshi and the table, over {@link #PODS} tracked pods in a temporary HOME that is
 * removed afterwards. The responder returns all of them for {@code GET /v2/pods} and {@code GET
 * /v2/pods/ID} the first.
 */
final class DaemonWarmUp {

  /** Pods the responder lists, as many as the benchmark's {@code rp list} shows. */
  static final int PODS = 50;

  private static final String KEY = "warm-up-key-not-a-secret";

  private DaemonWarmUp() {}

  /**
   * Runs the commands {@code rounds} times the way {@link DaemonServer#run} runs a user's.
   *
   * @throws IllegalStateException when a command exits with another code than 0
   */
  static void run(int rounds) throws IOException {
    Path home = Files.createTempDirectory("rp-warm-up");
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread responder = new Thread(() -> serve(server), "rp-daemon-warm-up-responder");
      responder.setDaemon(true);
      responder.start();
      Path config = Files.createDirectories(home.resolve(".config/rp"));
      Files.writeString(config.resolve("pods.json"), podsJson(), StandardCharsets.UTF_8);
      Map<String, String> env =
          Map.of(
              "HOME",
              home.toString(),
              "RUNPOD_API_URL",
              "http://127.0.0.1:" + server.getLocalPort(),
              "RUNPOD_API_KEY",
              KEY);
      for (int i = 0; i < rounds; i++) {
        for (String[] command : new String[][] {{"list"}, {"list", "--json"}, {"show", "warm-1"}}) {
          DaemonServer.Outcome outcome =
              DaemonServer.run(
                  new Daemon.Request("warm-up", List.of(command), env, Map.of(), false));
          if (outcome.exitCode() != 0 || outcome.handedBack()) {
            throw new IllegalStateException(
                "rp " + String.join(" ", command) + " exited with " + outcome.exitCode());
          }
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(home)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static String podsJson() {
    StringBuilder json = new StringBuilder("{\"aliases\": {}, \"pod_metadata\": {");
    for (int i = 1; i <= PODS; i++) {
      json.append(i == 1 ? "" : ", ")
          .append("\"warm-")
          .append(i)
          .append("\": {\"pod_id\": \"warmup")
          .append(i)
          .append("\", \"config\": {}}");
    }
    return json.append("}}").toString();
  }

  // A pod in the shape of RunPod's API v2, with the fields a running pod has.
  private static String pod(int i) {
    return "{\"id\":\"warmup"
        + i
        + "\",\"name\":\"warm-"
        + i
        + "\",\"status\":\"RUNNING\",\"actions\":[\"stop\",\"restart\",\"terminate\"],"
        + "\"image\":\"runpod/pytorch:2.4.0-py3.11-cuda12.4.1-devel\",\"args\":\"\",\"disk\":20,"
        + "\"mounts\":{},\"ports\":[\"8888/http\",\"22/tcp\"],\"env\":{},\"registry\":null,"
        + "\"gpu\":{\"id\":\"NVIDIA A40\",\"count\":1},\"cloud\":\"SECURE\","
        + "\"dataCenterId\":\"US-KS-2\",\"cudaVersion\":\"12.8\","
        + "\"ssh\":{\"proxy\":null,\"direct\":{\"host\":\"127.0.0.1\",\"port\":40022,"
        + "\"username\":\"root\",\"command\":\"ssh root@127.0.0.1 -p 40022\"}},"
        + "\"template\":null,\"cost\":0.44,\"locked\":false,\"globalNetworking\":{\"enabled\":false},"
        + "\"runtime\":{\"uptime\":75,\"gpus\":[{\"util\":0,\"memoryUtil\":0}],\"cpu\":{\"util\":1},"
        + "\"memory\":{\"util\":5},\"ports\":[{\"private\":8888,\"public\":null,\"type\":\"http\","
        + "\"ip\":null},{\"private\":22,\"public\":40022,\"type\":\"tcp\",\"ip\":\"127.0.0.1\"}]},"
        + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"startedAt\":\"2026-01-01T00:00:00Z\"}";
  }

  private static String podList() {
    StringBuilder json = new StringBuilder("{\"pods\":[");
    for (int i = 1; i <= PODS; i++) {
      json.append(i == 1 ? "" : ",").append(pod(i));
    }
    return json.append("]}").toString();
  }

  // Responds to each request of each connection in turn until the server socket closes.
  private static void serve(ServerSocket server) {
    byte[] list = podList().getBytes(StandardCharsets.UTF_8);
    byte[] single = pod(1).getBytes(StandardCharsets.UTF_8);
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        String requestLine;
        while ((requestLine = in.readLine()) != null) {
          String line;
          while ((line = in.readLine()) != null && !line.isEmpty()) {
            // Headers are not needed: the response depends on the path only.
          }
          byte[] body = requestLine.contains("/v2/pods/") ? single : list;
          ByteArrayOutputStream response = new ByteArrayOutputStream();
          response.writeBytes(
              ("HTTP/1.1 200 OK\r\n"
                      + "RateLimit-Policy: \"minute\";q=10000;w=60\r\n"
                      + "RateLimit: \"minute\";r=9999;t=60\r\n"
                      + "Content-Type: application/json; charset=utf-8\r\n"
                      + "Content-Length: "
                      + body.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          response.writeBytes(body);
          out.write(response.toByteArray());
          out.flush();
        }
      } catch (IOException e) {
        // The client closed its connection, or the server socket closed.
      }
    }
  }
}

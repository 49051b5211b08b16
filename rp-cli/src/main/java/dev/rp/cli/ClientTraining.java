package dev.rp.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads the classes that the launcher's JVM loads when rp's background process runs its command, so
 * that the launcher can record a small class data sharing archive for that case.
 *
 * <p>It sends {@code rp --version} the way {@link Rp#main} does to a responder on 127.0.0.1 that
 * this class starts, in a temporary folder it removes. The responder uses only the protocol's own
 * classes, so the recorded list contains none of picocli's model, the SDK or OkHttp, which a larger
 * archive would map at every start.
 */
public final class ClientTraining {

  private ClientTraining() {}

  /** Sends one request to a responder of its own and exits. */
  public static void main(String[] args) throws Exception {
    Class.forName(Rp.class.getName());
    Path runtime = Files.createTempDirectory("rp-client-training");
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
      // The real environment is sent, as Rp.main sends it, but the folder is this run's own.
      Map<String, String> env = System.getenv();
      Map<String, String> trainingEnv = new HashMap<>(env);
      trainingEnv.put("XDG_RUNTIME_DIR", runtime.toString());
      String[] command = {"--version"};
      if (!Daemon.accepts(command)) {
        throw new IllegalStateException("--version no longer goes to the background process");
      }
      Optional<Daemon> endpoint = Daemon.forEnvironment(trainingEnv);
      if (endpoint.isEmpty()) {
        return; // No jar or no private folder: nothing to train.
      }
      Daemon daemon = endpoint.get();
      Daemon.Endpoint published =
          new Daemon.Endpoint(server.getLocalPort(), "c".repeat(32), "s".repeat(32));
      Files.writeString(daemon.endpointFile(), published.text(), StandardCharsets.US_ASCII);
      Thread responder = new Thread(() -> respond(server, published));
      responder.start();
      ByteArrayOutputStream sink = new ByteArrayOutputStream();
      new DaemonClient(daemon).run(env, sink, sink, command);
      responder.join();
    } finally {
      try (Stream<Path> files = Files.walk(runtime)) {
        for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  // Handles one request as the background process would, with a line on stdout and exit code 0.
  private static void respond(ServerSocket server, Daemon.Endpoint endpoint) {
    try (Socket socket = server.accept()) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      in.readFully(new byte[endpoint.clientToken().length()]);
      out.write(endpoint.serverToken().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Daemon.Request.read(in);
      out.writeByte(Daemon.ACCEPTED);
      Daemon.writeFrame(out, Daemon.STDOUT, "rp\n".getBytes(StandardCharsets.UTF_8));
      out.writeByte(Daemon.EXIT);
      out.writeInt(0);
      out.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

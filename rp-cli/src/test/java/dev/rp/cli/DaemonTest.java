package dev.rp.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DaemonTest {

  @TempDir Path home;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--help",
        "-V",
        "--version",
        "list",
        "list --json --all",
        "show dev-1",
        "template list",
        "schedule list --all",
        "__complete aliases",
        "create --help",
        "stop dev-1 -h"
      })
  void accepts_quickCommands_true(String command) {
    assertThat(Daemon.accepts(split(command))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "create --alias dev-1",
        "stop dev-1",
        "shell dev-1",
        "shell dev-1 -- ls --help",
        "cursor dev-1",
        "list --verbose",
        "--verbose --help",
        "template create a100",
        "schedule cancel 1",
        "scheduler-tick",
        "--install-completion",
        "config dev-1 path=/workspace",
        "list @options"
      })
  void accepts_otherCommands_false(String command) {
    assertThat(Daemon.accepts(split(command))).isFalse();
  }

  private static String[] split(String command) {
    return command.isEmpty() ? new String[0] : command.split(" ");
  }

  @Test
  void forEnvironment_switchedOff_empty() {
    assertThat(Daemon.forEnvironment(Map.of("RP_DAEMON", "0"))).isEmpty();
    assertThat(Daemon.forEnvironment(Map.of("RP_DAEMON", "off"))).isEmpty();
  }

  @Test
  void forEnvironment_javaOptions_empty() {
    assertThat(Daemon.forEnvironment(Map.of("JAVA_TOOL_OPTIONS", "-Dhttps.proxyHost=proxy")))
        .isEmpty();
    assertThat(Daemon.forEnvironment(Map.of("RP_JAVA_OPTS", "-Dhttps.proxyHost=proxy"))).isEmpty();
  }

  @Test
  void run_bothStreams_keepTheirOrder() {
    Daemon.Request request =
        new Daemon.Request(
            "key",
            List.of("list", "--json"),
            Map.of("HOME", home.toString(), "RUNPOD_API_KEY", "k".repeat(20)),
            Map.of(),
            false);

    DaemonServer.Outcome outcome = DaemonServer.run(request);

    assertThat(outcome.frames()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(outcome.frames().get(0).type()).isEqualTo(Daemon.STDERR);
    assertThat(outcome.frames().get(outcome.frames().size() - 1).type()).isEqualTo(Daemon.STDOUT);
    assertThat(outcome.text(Daemon.STDERR)).contains("No pods are tracked yet");
    assertThat(outcome.text(Daemon.STDOUT).strip()).isEqualTo("[]");
  }

  @Test
  void forEnvironment_relativePath_empty() {
    assertThat(Daemon.forEnvironment(Map.of("RP_CONFIG_DIR", "relative/rp"))).isEmpty();
  }

  @Test
  void removeStaleEndpoints_unheldLock_removesOnlyThatFile() throws IOException {
    Path folder = Files.createDirectory(home.resolve("run"));
    Files.writeString(folder.resolve("rp-gone.endpoint"), "40001 c s\n");
    Files.writeString(folder.resolve("rp-gone.lock"), "");
    Files.writeString(folder.resolve("rp-orphan.endpoint"), "40002 c s\n");
    Files.writeString(folder.resolve("rp-live.endpoint"), "40003 c s\n");
    try (FileChannel live =
            FileChannel.open(
                folder.resolve("rp-live.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held = live.lock()) {

      new DaemonServer(new Daemon(folder, folder, "test-key")).removeStaleEndpoints();
    }

    assertThat(folder.resolve("rp-gone.endpoint")).doesNotExist();
    assertThat(folder.resolve("rp-orphan.endpoint")).exists();
    assertThat(folder.resolve("rp-live.endpoint")).exists();
  }

  @Test
  void readEndpoint_portOutOfRange_empty() throws IOException {
    Path folder = Files.createDirectory(home.resolve("run"));
    Daemon daemon = new Daemon(folder, folder, "test-key");
    Files.writeString(daemon.endpointFile(), "70000 " + "c".repeat(32) + " " + "s".repeat(32));

    assertThat(daemon.readEndpoint()).isEmpty();
    assertThat(new DaemonClient(daemon).run(Map.of(), "list")).isEmpty();
  }

  @Test
  void request_writtenAndRead_isEqual() throws IOException {
    Daemon.Request request =
        new Daemon.Request(
            "key|1",
            List.of("list", "--json", "ünïcode"),
            Map.of("HOME", "/home/a", "EMPTY", ""),
            Map.of("rp.tty", "12"),
            true);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    request.write(new DataOutputStream(bytes));

    Daemon.Request read =
        Daemon.Request.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

    assertThat(read).isEqualTo(request);
  }

  @Test
  void request_withoutMagic_throws() {
    byte[] stray = "GET / HTTP/1.1\r\n\r\n".getBytes(UTF_8);

    assertThatThrownBy(
            () -> Daemon.Request.read(new DataInputStream(new ByteArrayInputStream(stray))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not an rp request");
  }

  @Test
  void request_hugeLength_throws() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(Daemon.MAGIC);
    out.writeInt(Integer.MAX_VALUE);

    assertThatThrownBy(
            () ->
                Daemon.Request.read(
                    new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("invalid length");
  }

  @Test
  void run_helpRequest_returnsUsage() {
    Daemon.Request request =
        new Daemon.Request(
            "key", List.of("--help"), Map.of("HOME", home.toString()), Map.of(), false);

    DaemonServer.Outcome outcome = DaemonServer.run(request);

    assertThat(outcome.handedBack()).isFalse();
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.text(Daemon.STDOUT)).startsWith("Usage: rp");
  }

  @Test
  void run_promptOnTerminal_handsBack() throws IOException {
    Path config = Files.createDirectories(home.resolve(".config/rp"));
    Files.writeString(
        config.resolve("pods.json"),
        "{\"aliases\": {}, \"pod_metadata\": {\"dev-1\": {\"pod_id\": \"pod1\"},"
            + " \"dev-2\": {\"pod_id\": \"pod2\"}}}");
    Daemon.Request request =
        new Daemon.Request(
            "key",
            List.of("show"),
            Map.of("HOME", home.toString(), "RUNPOD_API_KEY", "k".repeat(20)),
            Map.of("rp.tty", "012"),
            true);

    DaemonServer.Outcome outcome = DaemonServer.run(request);

    assertThat(outcome.handedBack()).isTrue();
  }

  @Test
  void client_framesInOrder_printedInOrder() throws Exception {
    List<String> written = new ArrayList<>();

    OptionalInt code =
        askResponder(
            recording("out", written),
            recording("err", written),
            List.of(
                new DaemonServer.Frame(Daemon.STDERR, "warning\n".getBytes(UTF_8)),
                new DaemonServer.Frame(Daemon.STDOUT, "table\n".getBytes(UTF_8)),
                new DaemonServer.Frame(Daemon.STDERR, "hint\n".getBytes(UTF_8))));

    assertThat(code).hasValue(3);
    assertThat(written).containsExactly("err:warning\n", "out:table\n", "err:hint\n");
  }

  @Test
  void client_closedStdout_keepsExitCode() throws Exception {
    OutputStream closed =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };

    OptionalInt code =
        askResponder(
            closed,
            OutputStream.nullOutputStream(),
            List.of(new DaemonServer.Frame(Daemon.STDOUT, "table\n".getBytes(UTF_8))));

    assertThat(code).hasValue(3);
  }

  @Test
  void client_heartbeatsBeforeOutput_areSkipped() throws Exception {
    List<String> written = new ArrayList<>();

    OptionalInt code =
        askResponder(
            recording("out", written),
            recording("err", written),
            List.of(
                HEARTBEAT,
                HEARTBEAT,
                new DaemonServer.Frame(Daemon.STDOUT, "table\n".getBytes(UTF_8))));

    assertThat(code).hasValue(3);
    assertThat(written).containsExactly("out:table\n");
  }

  @Test
  void client_silentAfterAccepting_givesUp() throws Exception {
    long started = System.nanoTime();

    OptionalInt code =
        askResponder(OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), null);

    assertThat(code).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Daemon.HEARTBEAT_LIMIT);
  }

  @Test
  void shellChunks_bothStreams_keepTheirOrder() {
    List<DaemonServer.Frame> frames =
        List.of(
            new DaemonServer.Frame(Daemon.STDERR, "warn".getBytes(UTF_8)),
            new DaemonServer.Frame(Daemon.STDERR, "ing\n".getBytes(UTF_8)),
            new DaemonServer.Frame(Daemon.STDOUT, "a\n\nb".getBytes(UTF_8)),
            new DaemonServer.Frame(Daemon.STDERR, "x\0\0y\n".getBytes(UTF_8)),
            new DaemonServer.Frame(Daemon.STDOUT, "ü\r\n".getBytes(UTF_8)));

    String chunks = new String(DaemonServer.shellChunks(frames), UTF_8);

    assertThat(chunks).isEqualTo("2 8\nwarning\n1 4\na\n\nb2 1\nx2 z\n2 z\n2 2\ny\n1 4\nü\r\n");
  }

  @Test
  void shellChunks_longOutput_splitAt64KiB() {
    byte[] output = "x".repeat(64 * 1024 + 10).getBytes(UTF_8);

    String chunks =
        new String(
            DaemonServer.shellChunks(List.of(new DaemonServer.Frame(Daemon.STDOUT, output))),
            UTF_8);

    assertThat(chunks).isEqualTo("1 65536\n" + "x".repeat(64 * 1024) + "1 10\n" + "x".repeat(10));
  }

  @Test
  void readShell_sameJarAndJava_processKey() throws IOException {
    Path jar = Files.createFile(home.resolve("rp.jar"));
    Map<String, String> env = Map.of("HOME", home.toString(), "TZ", "UTC", "LANG", "C.UTF-8");

    Daemon.Request request =
        Daemon.Request.readShell(shellRequest(jar.toString(), thisJava(), env, "list"), jar);

    assertThat(request.key()).isEqualTo(Daemon.key(jar, env));
    assertThat(request.args()).containsExactly("list", "--json", "ünï code");
    assertThat(request.env()).isEqualTo(env);
    assertThat(request.properties())
        .containsEntry("rp.tty", "12")
        .containsEntry("rp.columns", "120")
        .containsEntry("rp.launcher", "/opt/rp/rp")
        .containsEntry("native.encoding", System.getProperty("native.encoding"));
    assertThat(request.consolePresent()).isFalse();
  }

  @Test
  void readShell_otherJarOrCommand_noKey() throws IOException {
    Path jar = Files.createFile(home.resolve("rp.jar"));
    Map<String, String> env = Map.of("HOME", home.toString());
    Map<String, String> javaOptions =
        Map.of("HOME", home.toString(), "JAVA_TOOL_OPTIONS", "-Xmx1g");

    assertThat(readKey(shellRequest(home.resolve("old.jar").toString(), thisJava(), env, "list")))
        .isEmpty();
    assertThat(readKey(shellRequest(jar.toString(), "/no/such/java", env, "list"))).isEmpty();
    assertThat(readKey(shellRequest(jar.toString(), thisJava(), javaOptions, "list"))).isEmpty();
    assertThat(readKey(shellRequest(jar.toString(), thisJava(), env, "create"))).isEmpty();
  }

  @Test
  void readShell_truncated_throws() {
    byte[] truncated = "rpS1\0/opt/rp/rp.jar\0/usr/bin/ja".getBytes(UTF_8);

    assertThatThrownBy(
            () ->
                Daemon.Request.readShell(
                    new ByteArrayInputStream(truncated), home.resolve("rp.jar")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ended within a field");
  }

  private String readKey(ByteArrayInputStream request) throws IOException {
    return Daemon.Request.readShell(request, home.resolve("rp.jar")).key();
  }

  private static String thisJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  // The fields as rp-client.bash sends them for "COMMAND --json 'ünï code'".
  private static ByteArrayInputStream shellRequest(
      String jar, String java, Map<String, String> env, String command) {
    List<String> fields =
        new ArrayList<>(
            List.of("rpS1", jar, java, "/opt/rp/rp", "12", "120", "3", command, "--json"));
    fields.add("ünï code");
    env.forEach((name, value) -> fields.add(name + "=" + value));
    fields.add("");
    StringBuilder bytes = new StringBuilder();
    fields.forEach(field -> bytes.append(field).append('\0'));
    return new ByteArrayInputStream(bytes.toString().getBytes(UTF_8));
  }

  @Test
  void detaching_withoutSetsid_jvmIgnoresInterrupt() throws Exception {
    List<String> sleeper =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Sleeper.class.getName());
    List<String> detached = new ArrayList<>(DaemonClient.detaching(home.resolve("no-setsid")));
    detached.addAll(sleeper);

    assertThat(survivesInterrupt(sleeper)).as("a JVM started as it is").isFalse();
    assertThat(survivesInterrupt(detached)).as("a detached JVM").isTrue();
  }

  // Starts command, waits until it runs, sends it SIGINT, and returns whether it runs a second on.
  private static boolean survivesInterrupt(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      assertThat(process.getInputStream().read()).as("the JVM's start").isEqualTo('s');
      new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
      return !process.waitFor(1, TimeUnit.SECONDS);
    } finally {
      process.destroyForcibly();
    }
  }

  /** Prints one byte once it runs, then sleeps, as a stand-in for the background process. */
  static final class Sleeper {
    public static void main(String[] args) throws InterruptedException {
      System.out.print('s');
      System.out.flush();
      Thread.sleep(30_000);
    }
  }

  private static OutputStream recording(String name, List<String> written) {
    return new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        written.add(name + ":" + new String(bytes, offset, length, UTF_8));
      }
    };
  }

  private static final DaemonServer.Frame HEARTBEAT =
      new DaemonServer.Frame(Daemon.HEARTBEAT, new byte[0]);

  // Runs the client against a responder on 127.0.0.1 that sends the frames and exit code 3, or
  // that falls silent after accepting the request when frames is null.
  private OptionalInt askResponder(
      OutputStream out, OutputStream err, List<DaemonServer.Frame> frames) throws Exception {
    Path folder = Files.createDirectory(home.resolve("run"));
    Daemon daemon = new Daemon(folder, folder, "test-key");
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Daemon.Endpoint endpoint =
          new Daemon.Endpoint(server.getLocalPort(), "c".repeat(32), "s".repeat(32));
      Files.writeString(daemon.endpointFile(), endpoint.text());
      CompletableFuture<Void> served =
          CompletableFuture.runAsync(() -> respond(server, endpoint, frames));

      OptionalInt code = new DaemonClient(daemon).run(Map.of(), out, err, "list");

      served.get(10, TimeUnit.SECONDS);
      return code;
    }
  }

  private static void respond(
      ServerSocket server, Daemon.Endpoint endpoint, List<DaemonServer.Frame> frames) {
    try (Socket socket = server.accept()) {
      DataInputStream in = new DataInputStream(socket.getInputStream());
      DataOutputStream reply = new DataOutputStream(socket.getOutputStream());
      in.readFully(new byte[endpoint.clientToken().length()]);
      reply.write(endpoint.serverToken().getBytes(UTF_8));
      Daemon.Request.read(in);
      reply.writeByte(Daemon.ACCEPTED);
      reply.flush();
      if (frames == null) {
        in.readAllBytes(); // Until the client gives up and closes the connection.
        return;
      }
      for (DaemonServer.Frame frame : frames) {
        if (frame.type() == Daemon.HEARTBEAT) {
          reply.writeByte(Daemon.HEARTBEAT);
        } else {
          Daemon.writeFrame(reply, frame.type(), frame.bytes());
        }
      }
      reply.writeByte(Daemon.EXIT);
      reply.writeInt(3);
      reply.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

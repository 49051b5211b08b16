package dev.rp.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.cli.e2e.RpProcess.Result;
import dev.rp.testing.FakeRunPod;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * rp's background process through the packaged launcher: the first quick command starts it, later
 * ones run in it with their own environment, and every failure of it leaves the command to the
 * launcher's JVM.
 */
class DaemonIT {

  private static final Duration START_LIMIT = Duration.ofSeconds(30);

  @TempDir Path home;
  @TempDir Path otherHome;
  @TempDir Path runtime;

  private FakeRunPod fake;
  private Path folder;

  @BeforeEach
  void setUp() throws IOException {
    fake = FakeRunPod.start().sshPorts(40022);
    Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
    folder = runtime.resolve("rp");
  }

  @AfterEach
  void tearDown() throws Exception {
    stopDaemons();
    assertThat(fake.contractViolations()).isEmpty();
    fake.close();
  }

  private RpProcess rp(Path userHome) {
    RpProcess rp = new RpProcess(userHome);
    rp.env().put("RP_DAEMON", "1");
    rp.env().put("XDG_RUNTIME_DIR", runtime.toString());
    rp.env().put("RUNPOD_API_URL", fake.baseUrl());
    rp.env().put("RUNPOD_API_KEY", fake.apiKey());
    rp.env().put("TZ", "UTC");
    return rp;
  }

  // Adds a running pod to the fake and tracks it as dev-1, and returns its id.
  private String trackRunningPod(RpProcess rp) {
    String podId = fake.addPod("dev-1", "RUNNING");
    succeeded(rp.run("track", "dev-1", podId));
    return podId;
  }

  // Runs rp in a JVM of its own, as with the background process off, for output to compare with.
  private static Result inOwnJvm(RpProcess rp, String... args) {
    rp.env().put("RP_DAEMON", "0");
    try {
      return rp.run(args);
    } finally {
      rp.env().put("RP_DAEMON", "1");
    }
  }

  private static Result succeeded(Result result) {
    assertThat(result.exitCode()).as(result.describe()).isZero();
    return result;
  }

  private Optional<Path> endpointFile() throws IOException {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".endpoint")).findFirst();
    }
  }

  private Path awaitEndpointFile() throws Exception {
    Instant deadline = Instant.now().plus(START_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      Optional<Path> file = endpointFile();
      if (file.isPresent()) {
        return file.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No endpoint file in " + folder + " within " + START_LIMIT);
  }

  /** Returns the running background processes of this test, from the process ids in the locks. */
  private List<ProcessHandle> daemons() throws IOException {
    List<ProcessHandle> found = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return found;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path lock : files.filter(file -> file.toString().endsWith(".lock")).toList()) {
        String pid = Files.readString(lock).strip();
        if (!pid.isEmpty()) {
          ProcessHandle.of(Long.parseLong(pid))
              .filter(ProcessHandle::isAlive)
              .ifPresent(found::add);
        }
      }
    }
    return found;
  }

  private void stopDaemons() throws Exception {
    for (ProcessHandle daemon : daemons()) {
      daemon.destroy();
      daemon.onExit().get(10, TimeUnit.SECONDS);
    }
  }

  private ProcessHandle awaitDaemon() throws Exception {
    awaitEndpointFile();
    List<ProcessHandle> running = daemons();
    assertThat(running).hasSize(1);
    return running.get(0);
  }

  // A run that started no JVM, or whose JVM never built picocli's model of a command, ran in the
  // background process. The class log shows which: it exists only when a JVM started.
  private static boolean ranInDaemon(RpProcess rp, Path classLog, String... args)
      throws IOException {
    rp.env().put("RP_JAVA_OPTS", "-Xlog:class+load:file=" + classLog);
    try {
      succeeded(rp.run(args));
    } finally {
      rp.env().remove("RP_JAVA_OPTS");
    }
    return !Files.exists(classLog)
        || Files.readString(classLog)
            .lines()
            .noneMatch(line -> line.contains(" picocli.CommandLine$Model$CommandSpec "));
  }

  // A PATH without bash, for the launcher's JVM client: only the programs the launcher runs.
  private Path pathWithoutBash() throws IOException {
    Path bin = Files.createDirectory(runtime.resolve("bin"));
    for (String program : List.of("rm", "mv", "readlink", "stty")) {
      Files.createSymbolicLink(bin.resolve(program), Path.of("/bin", program));
    }
    return bin;
  }

  @Test
  void list_startsProcessAndThenRunsInIt() throws Exception {
    RpProcess rp = rp(home);
    String podId = trackRunningPod(rp);

    boolean firstInDaemon = ranInDaemon(rp, home.resolve("first-classes.log"), "list");
    Result first = succeeded(rp.run("list"));
    awaitDaemon();
    boolean laterInDaemon = ranInDaemon(rp, home.resolve("later-classes.log"), "list");
    Result second = succeeded(rp.run("list"));

    assertThat(firstInDaemon).isFalse();
    assertThat(laterInDaemon).isTrue();
    assertThat(home.resolve("later-classes.log")).as("bash sent it without a JVM").doesNotExist();
    assertThat(second.stdout()).isEqualTo(first.stdout()).contains("dev-1").contains(podId);
    assertThat(second.stderr()).isEqualTo(first.stderr());
  }

  @Test
  void withoutBash_jvmClientUsesSmallArchive() throws Exception {
    Path dir = Files.createDirectory(runtime.resolve("launcher"));
    Path target = RpProcess.launcher().getParent();
    Files.copy(target.resolve("rp"), dir.resolve("rp"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(target.resolve("rp.jar"), dir.resolve("rp.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(target.resolve("rp-client.bash"), dir.resolve("rp-client.bash"));
    RpProcess rp = new RpProcess(dir.resolve("rp"), home);
    rp.env().putAll(rp(home).env());
    rp.env().put("PATH", pathWithoutBash().toString());
    rp.env().put("JAVA_HOME", System.getProperty("java.home"));
    succeeded(rp.run("--version"));
    awaitDaemon();

    Path classLog = home.resolve("classes.log");
    boolean inDaemon = ranInDaemon(rp, classLog, "list");
    Result version = succeeded(rp.run("--version"));

    assertThat(inDaemon).isTrue();
    assertThat(classLog).as("the launcher's JVM sent it").exists();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString()).filter(n -> n.endsWith(".jsa")))
          .hasSize(2)
          .anyMatch(name -> name.endsWith("-client.jsa"));
    }
    assertThat(version.stdout()).startsWith("rp ").hasLineCount(2);
    assertThat(version.stderr()).isEmpty();
  }

  @Test
  void shellClient_printsWhatTheJvmPrints() throws Exception {
    RpProcess rp = rp(home);
    trackRunningPod(rp);
    succeeded(rp.run("template", "create", "a40", "a40-{i}", "--gpu", "A40", "--storage", "0"));
    succeeded(rp.run("--version"));
    awaitDaemon();
    List<List<String>> commands =
        List.of(
            List.of("list"),
            List.of("list", "--json"),
            List.of("show", "dev-1", "--json"),
            List.of("show", "nosuch"),
            List.of("template", "list"),
            List.of("schedule", "list"),
            List.of("show", "--help"),
            List.of("--help"));

    for (List<String> command : commands) {
      String[] args = command.toArray(String[]::new);
      Result throughShell = rp.run(args);
      Result inJvm = inOwnJvm(rp, args);

      assertThat(throughShell.exitCode()).as(throughShell.describe()).isEqualTo(inJvm.exitCode());
      assertThat(throughShell.stdout()).as(String.join(" ", command)).isEqualTo(inJvm.stdout());
      assertThat(throughShell.stderr()).as(String.join(" ", command)).isEqualTo(inJvm.stderr());
    }
    assertThat(ranInDaemon(rp, home.resolve("classes.log"), "show", "dev-1")).isTrue();
    assertThat(home.resolve("classes.log")).doesNotExist();
  }

  @Test
  void shellClient_silentProcess_launcherRunsCommand() throws Exception {
    RpProcess rp = rp(home);
    String podId = trackRunningPod(rp);
    try (ServerSocket stalled = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<List<String>> request =
          standIn(stalled, "a\n".getBytes(StandardCharsets.US_ASCII), true);
      long started = System.nanoTime();

      Result listed = succeeded(rp.run("list"));

      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(5));
      assertThat(request.get(30, TimeUnit.SECONDS)).contains("list");
      assertThat(listed.stdout()).contains("dev-1").contains(podId);
    }
  }

  @Test
  void shellClient_processStopsMidway_printsOnce() throws Exception {
    RpProcess rp = rp(home);
    trackRunningPod(rp);
    Result expected = succeeded(inOwnJvm(rp, "list"));
    try (ServerSocket dying = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<List<String>> request =
          standIn(dying, "a\n2 8\npartial\n1 ".getBytes(StandardCharsets.US_ASCII), false);

      Result listed = succeeded(rp.run("list"));

      assertThat(request.get(30, TimeUnit.SECONDS)).contains("list");
      assertThat(listed.stdout()).isEqualTo(expected.stdout());
      assertThat(listed.stderr()).isEqualTo(expected.stderr()).doesNotContain("partial");
    }
  }

  @Test
  void shellClient_othersEndpointFile_isNotUsed() throws Exception {
    UserPrincipal nobody;
    try {
      nobody =
          folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    } catch (IOException e) {
      throw new TestAbortedException("no user nobody to own the planted file", e);
    }
    // A folder that every user may write to, where only the owner of a file shows who made it.
    Files.createDirectory(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
    try (ServerSocket impostor = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path planted = folder.resolve("rp-planted.endpoint");
      Files.writeString(
          planted, impostor.getLocalPort() + " " + "c".repeat(32) + " " + "s".repeat(32) + "\n");
      try {
        Files.setOwner(planted, nobody);
      } catch (IOException e) {
        throw new TestAbortedException("only root can give a file to another user", e);
      }

      Result help = succeeded(rp(home).run("--help"));

      impostor.setSoTimeout(500);
      assertThatThrownBy(impostor::accept).isInstanceOf(SocketTimeoutException.class);
      assertThat(help.stdout()).startsWith("Usage: rp");
    }
  }

  @Test
  void shellClient_signals_exitAsJvm() throws Exception {
    RpProcess rp = rp(home);
    trackRunningPod(rp);
    succeeded(rp.run("--version"));
    awaitDaemon();
    fake.delay(2, Duration.ofSeconds(8));

    Result interrupted = stopWhileListing(rp, RpProcess.Running::interrupt);
    Result terminated = stopWhileListing(rp, RpProcess.Running::terminate);

    assertThat(interrupted.exitCode()).as(interrupted.describe()).isEqualTo(130);
    assertThat(interrupted.stdout()).isEmpty();
    assertThat(terminated.exitCode()).as(terminated.describe()).isEqualTo(143);
    assertThat(terminated.stdout()).isEmpty();
  }

  /** A signal for a running rp. */
  private interface Signal {
    void send(RpProcess.Running running) throws Exception;
  }

  // Starts rp list, sends signal once the fake delays its request, and checks that no process of
  // the run is left.
  private Result stopWhileListing(RpProcess rp, Signal signal) throws Exception {
    int requests = fake.count("GET", "/v2/pods");
    RpProcess.Running running = rp.start("list");
    Instant deadline = Instant.now().plus(START_LIMIT);
    while (fake.count("GET", "/v2/pods") == requests && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    List<ProcessHandle> started = running.descendants();

    signal.send(running);
    Result result = running.await();

    assertThat(started).noneMatch(ProcessHandle::isAlive);
    return result;
  }

  @Test
  void shellClient_frozenProcess_launcherRunsCommand() throws Exception {
    RpProcess rp = rp(home);
    succeeded(rp.run("--version"));
    ProcessHandle daemon = awaitDaemon();
    int port = Integer.parseInt(Files.readString(awaitEndpointFile()).split(" ")[0]);
    Result expected = inOwnJvm(rp, "show", "nosuch");
    List<Result> frozen = new ArrayList<>();
    List<Socket> queued = new ArrayList<>();
    signal("-STOP", daemon);
    try {
      // The watchdog and the token's timeout once raced, and rp then died of SIGUSR1.
      for (int i = 0; i < 6; i++) {
        frozen.add(rp.run("show", "nosuch"));
      }
      // Connections that are never accepted fill the frozen process's queue, as launchers that
      // gave up on it leave them, and a connect then waits for minutes.
      while (queued.size() < 500) {
        Socket socket = new Socket();
        try {
          socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
        } catch (SocketTimeoutException e) {
          socket.close();
          break;
        }
        queued.add(socket);
      }
      long started = System.nanoTime();
      frozen.add(rp.run("show", "nosuch"));

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    } finally {
      signal("-CONT", daemon);
      for (Socket socket : queued) {
        socket.close();
      }
    }
    for (Result result : frozen) {
      assertThat(result.exitCode()).as(result.describe()).isEqualTo(expected.exitCode());
      assertThat(result.stderr()).isEqualTo(expected.stderr());
      assertThat(result.stdout()).isEqualTo(expected.stdout());
    }
  }

  @Test
  void otherShellNamedBash_jvmClientRunsCommand() throws Exception {
    Path dash = Path.of("/bin/dash");
    Assumptions.assumeTrue(Files.isExecutable(dash), "no /bin/dash to pose as bash");
    RpProcess rp = rp(home);
    succeeded(rp.run("--version"));
    awaitDaemon();
    Path bin = pathWithoutBash();
    Files.createSymbolicLink(bin.resolve("bash"), dash);
    rp.env().put("PATH", bin.toString());
    rp.env().put("JAVA_HOME", System.getProperty("java.home"));

    Path classLog = home.resolve("classes.log");
    boolean inDaemon = ranInDaemon(rp, classLog, "--version");
    Result version = succeeded(rp.run("--version"));

    assertThat(inDaemon).isTrue();
    assertThat(classLog).as("the launcher's JVM sent it").exists();
    assertThat(version.stdout()).startsWith("rp ");
    assertThat(version.stderr()).isEmpty();
  }

  private static void signal(String signal, ProcessHandle process) throws Exception {
    new ProcessBuilder("kill", signal, Long.toString(process.pid())).start().waitFor();
  }

  @Test
  void shellClient_oddEnvironment_printsNothingExtra() throws Exception {
    RpProcess rp = rp(home);
    rp.env().put("LC_ALL", "xx_XX.UTF-8");
    succeeded(rp.run("--version"));
    ProcessHandle daemon = awaitDaemon();
    Result inJvm = succeeded(inOwnJvm(rp, "--version"));

    Result throughShell = succeeded(rp.run("--version"));
    signal("-KILL", daemon);
    daemon.onExit().get(10, TimeUnit.SECONDS);
    rp.env().put("POSIXLY_CORRECT", "1");
    Result staleEndpoint = succeeded(rp.run("--version"));

    assertThat(throughShell.stderr()).isEqualTo(inJvm.stderr());
    assertThat(throughShell.stdout()).isEqualTo(inJvm.stdout());
    assertThat(staleEndpoint.stderr()).isEqualTo(inJvm.stderr());
    assertThat(staleEndpoint.stdout()).isEqualTo(inJvm.stdout());
  }

  @Test
  void shellClient_asciiLocale_decodesArgumentsAsJvm() throws Exception {
    RpProcess rp = rp(home);
    rp.env().put("LANG", "C");
    rp.env().put("LC_ALL", "");
    rp.env().put("LC_CTYPE", "");
    succeeded(rp.run("--version"));
    awaitDaemon();
    Result inJvm = inOwnJvm(rp, "show", "café");

    Result throughShell = rp.run("show", "café");

    assertThat(throughShell.exitCode()).isEqualTo(inJvm.exitCode()).isNotZero();
    assertThat(throughShell.stderr()).isEqualTo(inJvm.stderr());
  }

  private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  // Publishes an endpoint file for server in the process's folder and acts as the process for one
  // shell client: takes the tokens, reads the request's fields, which it returns, and sends reply.
  // Then it either waits until the client closes the connection or closes it at once.
  private CompletableFuture<List<String>> standIn(ServerSocket server, byte[] reply, boolean hold)
      throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    }
    String clientToken = "c".repeat(32);
    String serverToken = "s".repeat(32);
    Files.writeString(
        folder.resolve("rp-stand-in.endpoint"),
        server.getLocalPort() + " " + clientToken + " " + serverToken + "\n");
    return CompletableFuture.supplyAsync(
        () -> {
          try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readNBytes(32), StandardCharsets.US_ASCII))
                .isEqualTo(clientToken);
            socket.getOutputStream().write(serverToken.getBytes(StandardCharsets.US_ASCII));
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
              fields.add(field(in));
            }
            int count = Integer.parseInt(fields.get(6));
            for (int i = 0; i < count; i++) {
              fields.add(field(in));
            }
            for (String entry = field(in); !entry.isEmpty(); entry = field(in)) {
              fields.add(entry);
            }
            socket.getOutputStream().write(reply);
            socket.getOutputStream().flush();
            if (hold) {
              in.readAllBytes();
            } else {
              socket.setSoLinger(true, 0); // A reset, as from a process that was killed.
            }
            return fields;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private static String field(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream field = new java.io.ByteArrayOutputStream();
    for (int b = in.read(); b != 0; b = in.read()) {
      if (b < 0) {
        throw new IOException("request ended within a field");
      }
      field.write(b);
    }
    return field.toString(StandardCharsets.UTF_8);
  }

  @Test
  void files_areReadableByTheUserOnly() throws Exception {
    succeeded(rp(home).run("--version"));
    Path endpoint = awaitEndpointFile();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(endpoint)))
        .isEqualTo("rw-------");
  }

  @Test
  void commands_keepTheirOwnEnvironment() throws Exception {
    RpProcess tracking = rp(home);
    RpProcess empty = rp(otherHome);
    String podId = fake.addPod("dev-1", "RUNNING");
    succeeded(tracking.run("track", "dev-1", podId));
    succeeded(empty.run("--version"));
    awaitDaemon();

    Result listed = succeeded(tracking.run("list", "--json"));
    Result none = succeeded(empty.run("list", "--json"));
    tracking.env().put("NO_COLOR", "1");
    Result help = succeeded(tracking.run("--help"));

    assertThat(listed.stdout()).contains("\"alias\": \"dev-1\"");
    assertThat(none.stdout().strip()).isEqualTo("[]");
    assertThat(none.stderr()).contains("No pods are tracked yet");
    assertThat(help.stdout()).startsWith("Usage: rp");
  }

  @Test
  void secrets_stayOutOfTheProcess() throws Exception {
    RpProcess rp = rp(home);
    trackRunningPod(rp);
    succeeded(rp.run("list"));
    ProcessHandle daemon = awaitDaemon();
    succeeded(rp.run("list"));

    String environ =
        Files.readString(Path.of("/proc", Long.toString(daemon.pid()), "environ"))
            .replace('\0', '\n');
    assertThat(environ).doesNotContain(fake.apiKey()).doesNotContain("RUNPOD_API_KEY");
    assertThat(daemon.info().arguments().map(List::of).orElse(List.of()))
        .noneMatch(argument -> argument.contains(fake.apiKey()));
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain(fake.apiKey());
      }
    }
  }

  @Test
  void prompt_handsCommandBackToLauncher() throws Exception {
    RpProcess rp = rp(home);
    String first = fake.addPod("dev-1", "RUNNING");
    String second = fake.addPod("dev-2", "RUNNING");
    succeeded(rp.run("track", "dev-1", first));
    succeeded(rp.run("track", "dev-2", second));
    succeeded(rp.run("--version"));
    awaitDaemon();
    rp.env().put("RP_FORCE_TTY", "1");

    Result result = succeeded(rp.runWithInput("2\n", "show"));

    assertThat(result.stdout()).contains(second);
    assertThat(result.stderr()).contains("1) dev-1").contains("2) dev-2");
    assertThat(result.stderr().split("2\\) dev-2", -1)).hasSize(2);
  }

  @Test
  void killedProcess_isReplaced() throws Exception {
    RpProcess rp = rp(home);
    succeeded(rp.run("--version"));
    ProcessHandle killed = awaitDaemon();
    String staleEndpoint = Files.readString(awaitEndpointFile());
    new ProcessBuilder("kill", "-KILL", Long.toString(killed.pid())).start().waitFor();
    killed.onExit().get(10, TimeUnit.SECONDS);

    Result help = succeeded(rp.run("--help"));
    Instant deadline = Instant.now().plus(START_LIMIT);
    while (Files.readString(awaitEndpointFile()).equals(staleEndpoint)
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }

    assertThat(help.stdout()).startsWith("Usage: rp");
    assertThat(Files.readString(awaitEndpointFile())).isNotEqualTo(staleEndpoint);
    assertThat(daemons()).hasSize(1).doesNotContain(killed);
  }

  @Test
  void impostorOnPort_getsOnlyClientToken() throws Exception {
    RpProcess rp = rp(home);
    String podId = trackRunningPod(rp);
    succeeded(rp.run("--version"));
    Path endpoint = awaitEndpointFile();
    stopDaemons();
    String clientToken = "c".repeat(32);
    try (ServerSocket impostor = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Files.writeString(
          endpoint, impostor.getLocalPort() + " " + clientToken + " " + "s".repeat(32) + "\n");
      CompletableFuture<byte[]> received =
          CompletableFuture.supplyAsync(() -> readEverything(impostor, "x".repeat(32)));

      Result listed = succeeded(rp.run("list"));

      assertThat(new String(received.get(30, TimeUnit.SECONDS), StandardCharsets.US_ASCII))
          .isEqualTo(clientToken);
      assertThat(listed.stdout()).contains("dev-1").contains(podId);
    }
  }

  // Accepts one connection, sends a wrong server token, and returns all the client sent.
  private static byte[] readEverything(ServerSocket server, String wrongToken) {
    try (Socket socket = server.accept()) {
      socket.getOutputStream().write(wrongToken.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void removedEndpointFile_stopsProcess() throws Exception {
    succeeded(rp(home).run("--version"));
    ProcessHandle daemon = awaitDaemon();

    Files.delete(awaitEndpointFile());

    assertThat(daemon.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path lock : files.filter(file -> file.toString().endsWith(".lock")).toList()) {
        assertThat(Files.readString(lock)).as(lock.toString()).isEmpty();
      }
    }
  }

  @Test
  void daemonOff_startsNoProcess() throws Exception {
    RpProcess rp = rp(home);
    rp.env().put("RP_DAEMON", "0");

    succeeded(rp.run("--help"));
    succeeded(rp.run("list"));
    Thread.sleep(1000);

    assertThat(endpointFile()).isEmpty();
    assertThat(daemons()).isEmpty();
  }

  @Test
  void sharedFolder_isNotUsed() throws Exception {
    Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwxrwxrwx"));
    Files.createDirectory(
        folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

    succeeded(rp(home).run("--help"));
    Thread.sleep(1000);

    assertThat(endpointFile()).isEmpty();
  }
}

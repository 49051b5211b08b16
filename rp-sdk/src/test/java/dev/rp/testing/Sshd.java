package dev.rp.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.rp.pods.SshEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real OpenSSH server on 127.0.0.1 for tests, standing in for a pod's SSH endpoint.
 *
 * <p>It runs {@code sshd -D -e -f <config>} with a throwaway ed25519 host key, accepts one client
 * key pair (generated, or the one a test passes) and no passwords. Sessions run as the account that
 * runs the tests, with that account's login shell. It can listen on several ports, so a test can
 * make a pod come back on another port, and {@link #rotateHostKey()} restarts it with a fresh host
 * key, as a stopped pod comes back as a fresh container. Everything lives in the folder the test
 * passes, usually a {@code @TempDir}.
 *
 * <p>OpenSSH's sshd runs only as root here, as CI runs the tests; {@code .ci/run} installs it. When
 * {@code sshd} is missing, {@link #start} skips the test through a JUnit assumption.
 *
 * <pre>{@code
 * try (Sshd sshd = Sshd.start(tempDir)) {
 *   SshEndpoint pod = sshd.endpoint();  // 127.0.0.1, a free port, the current user
 *   Path key = sshd.clientKey();        // private key the server accepts
 * }
 * }</pre>
 */
public final class Sshd implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);
  private static final int START_ATTEMPTS = 3;

  private final Path dir;
  private final Path sshd;
  private final Path clientKey;
  private final String clientPublicKey;
  private List<Integer> ports;
  private Process process;
  private int hostKeyGeneration;

  private Sshd(Path dir, Path sshd, Path clientKey, String clientPublicKey) {
    this.dir = dir;
    this.sshd = sshd;
    this.clientKey = clientKey;
    this.clientPublicKey = clientPublicKey;
  }

  /** Starts a server on one free port, with a client key pair it generates in {@code dir}. */
  public static Sshd start(Path dir) {
    return builder(dir).start();
  }

  /** Starts a server on {@code portCount} free ports, with a generated client key pair. */
  public static Sshd start(Path dir, int portCount) {
    return builder(dir).portCount(portCount).start();
  }

  /** Returns a builder of a server whose files live in {@code dir}. */
  public static Builder builder(Path dir) {
    return new Builder(dir);
  }

  /** Returns the first port the server listens on. */
  public int port() {
    return ports.get(0);
  }

  /** Returns every port the server listens on, in the order they were requested. */
  public List<Integer> ports() {
    return ports;
  }

  /** Returns the address the server listens on, {@code 127.0.0.1}. */
  public String host() {
    return "127.0.0.1";
  }

  /** Returns the account that sessions run as: the account running the tests. */
  public String user() {
    return System.getProperty("user.name");
  }

  /** Returns the endpoint of the first port, as a pod's {@code ssh.direct} would describe it. */
  public SshEndpoint endpoint() {
    return endpoint(port());
  }

  /** Returns the endpoint of {@code port}, one of {@link #ports()}. */
  public SshEndpoint endpoint(int port) {
    if (!ports.contains(port)) {
      throw new IllegalArgumentException("Port " + port + " is not one of " + ports);
    }
    return SshEndpoint.of(host(), port, user());
  }

  /** Returns the private key that the server accepts, mode 0600 as {@code ssh} requires. */
  public Path clientKey() {
    return clientKey;
  }

  /** Returns the public half of {@link #clientKey()}, one {@code authorized_keys} line. */
  public String clientPublicKey() {
    return clientPublicKey;
  }

  /**
   * Returns the server's current host key in {@code known_hosts} form, such as {@code ssh-ed25519
   * AAAA...}.
   */
  public String hostPublicKey() {
    String[] parts = read(hostKey().resolveSibling(hostKey().getFileName() + ".pub")).split(" ");
    return parts[0] + " " + parts[1];
  }

  /** Returns the SHA-256 fingerprint of the current host key, such as {@code SHA256:3x0...}. */
  public String hostKeyFingerprint() {
    String line = run("ssh-keygen", "-l", "-E", "sha256", "-f", hostKey() + ".pub");
    return line.split(" ")[1];
  }

  /**
   * Restarts the server on the same ports with a fresh host key, as a pod that comes back as a
   * fresh container. Connections open at the time are closed.
   */
  public void rotateHostKey() {
    stop();
    hostKeyGeneration++;
    generateHostKey();
    launch();
  }

  /** Returns what the server logged so far. */
  public String log() {
    Path log = dir.resolve("sshd.log");
    return Files.exists(log) ? read(log) : "";
  }

  /** Stops the server and the sessions it started. */
  @Override
  public void close() {
    stop();
  }

  private void boot(int portCount) {
    generateHostKey();
    writeString(dir.resolve("authorized_keys"), clientPublicKey + "\n");
    try {
      // sshd running as root needs this empty folder for privilege separation.
      Files.createDirectories(Path.of("/run/sshd"));
    } catch (IOException notRoot) {
      // Only root can create it, and only root needs it; sshd's log says so if it fails anyway.
    }
    IllegalStateException last = null;
    for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      ports = freePorts(portCount);
      try {
        launch();
        return;
      } catch (IllegalStateException portTaken) {
        // Another process may have taken a free port before sshd bound it; try new ones.
        last = portTaken;
        stop();
      }
    }
    throw last;
  }

  private void launch() {
    Path config = writeConfig();
    try {
      process =
          new ProcessBuilder(sshd.toString(), "-D", "-e", "-f", config.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("sshd.log").toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + sshd, e);
    }
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    for (int port : ports) {
      awaitBanner(port, deadline);
    }
  }

  private void awaitBanner(int port, Instant deadline) {
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("sshd exited with " + process.exitValue() + ":\n" + log());
      }
      if (banner(port).filter(line -> line.startsWith("SSH-")).isPresent()) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "sshd did not answer on port " + port + " within " + READY_TIMEOUT + ":\n" + log());
      }
      sleep(Duration.ofMillis(20));
    }
  }

  private static Optional<String> banner(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      socket.setSoTimeout(1000);
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c >= 0 && c != '\n' && line.length() < 255; c = in.read()) {
        line.append((char) c);
      }
      return Optional.of(line.toString());
    } catch (IOException notYet) {
      return Optional.empty();
    }
  }

  private void stop() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private Path writeConfig() {
    StringBuilder config = new StringBuilder();
    ports.forEach(port -> config.append("Port ").append(port).append('\n'));
    config
        .append("ListenAddress 127.0.0.1\n")
        .append("HostKey ")
        .append(quoted(hostKey()))
        .append('\n')
        .append("AuthorizedKeysFile ")
        .append(quoted(dir.resolve("authorized_keys")))
        .append('\n')
        .append("PidFile ")
        .append(quoted(dir.resolve("sshd.pid")))
        .append('\n')
        .append("PubkeyAuthentication yes\n")
        .append("PasswordAuthentication no\n")
        .append("KbdInteractiveAuthentication no\n")
        .append("PermitRootLogin prohibit-password\n")
        .append("UsePAM no\n")
        // The test's folders may sit under a world-writable /tmp, which StrictModes rejects.
        .append("StrictModes no\n")
        .append("AllowAgentForwarding yes\n")
        .append("AllowTcpForwarding yes\n")
        .append("Subsystem sftp internal-sftp\n");
    Path file = dir.resolve("sshd_config");
    writeString(file, config.toString());
    return file;
  }

  private Path hostKey() {
    return dir.resolve("host_ed25519_" + hostKeyGeneration);
  }

  private void generateHostKey() {
    generateKey(hostKey(), "sshd-test");
  }

  /** Generates an ed25519 key pair without passphrase at {@code file} and {@code file.pub}. */
  private static void generateKey(Path file, String comment) {
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", file.toString());
  }

  private static List<Integer> freePorts(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket();
        sockets.add(socket);
        socket.bind(new InetSocketAddress("127.0.0.1", 0));
        ports.add(socket.getLocalPort());
      }
      return List.copyOf(ports);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not find a free port on 127.0.0.1", e);
    } finally {
      sockets.forEach(Sshd::closeQuietly);
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // The port is released either way.
    }
  }

  private static Optional<Path> findSshd() {
    for (String candidate : List.of("/usr/sbin/sshd", "/usr/local/sbin/sshd", "/sbin/sshd")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Optional.of(Path.of(candidate));
      }
    }
    return Optional.empty();
  }

  private static String quoted(Path path) {
    return '"' + path.toAbsolutePath().toString() + '"';
  }

  /** Runs a short command and returns its first output line; fails on a non-zero exit. */
  static String run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " exited with " + process.exitValue() + ": " + output);
      }
      return output.lines().findFirst().orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not run " + command[0], e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command[0], e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  private static void writeString(Path file, String content) {
    try {
      Files.writeString(file, content, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for sshd", e);
    }
  }

  /** Builder of a {@link Sshd}. */
  public static final class Builder {
    private final Path dir;
    private int portCount = 1;
    private Path clientKey;

    private Builder(Path dir) {
      this.dir = dir;
    }

    /** Sets how many ports the server listens on, 1 by default. */
    public Builder portCount(int portCount) {
      if (portCount < 1) {
        throw new IllegalArgumentException("portCount must be at least 1, not " + portCount);
      }
      this.portCount = portCount;
      return this;
    }

    /**
     * Sets the private key whose public half the server accepts, instead of a key pair generated in
     * the server's folder. The key must have no passphrase.
     */
    public Builder clientKey(Path privateKey) {
      this.clientKey = privateKey;
      return this;
    }

    /** Starts the server and waits until every port sends an SSH banner. */
    public Sshd start() {
      Optional<Path> sshd = findSshd();
      Assumptions.assumeTrue(sshd.isPresent(), "sshd is not installed; .ci/run installs it");
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path key = clientKey;
      if (key == null) {
        key = dir.resolve("client_ed25519");
        generateKey(key, "sshd-test-client");
      }
      String publicKey = run("ssh-keygen", "-y", "-f", key.toString()).strip();
      Sshd server = new Sshd(dir.toAbsolutePath(), sshd.get(), key.toAbsolutePath(), publicKey);
      server.boot(portCount);
      return server;
    }
  }
}

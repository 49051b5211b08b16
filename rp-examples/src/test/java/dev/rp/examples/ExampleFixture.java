package dev.rp.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.testing.FakeRunPod;
import dev.rp.testing.Sshd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an example needs to run in a test: the fake RunPod API, a home folder with rp's SSH identity
 * registered on the fake account, and clients built from the same environment variables that an
 * example's {@code main} reads. {@link #withSshd()} adds a real sshd that the fake's pods point at.
 */
final class ExampleFixture implements AutoCloseable {

  /** Runs one example against a client and captures what it prints. */
  @FunctionalInterface
  interface Example {
    void run(RunPodClient client, PrintStream out) throws Exception;
  }

  final FakeRunPod fake;
  final Path home;
  final Path configDir;
  private final Path dir;
  private final List<RunPodClient> clients = new ArrayList<>();
  private Sshd sshd;

  private ExampleFixture(Path dir) throws IOException {
    this.dir = dir;
    this.home = Files.createDirectories(dir.resolve("home"));
    this.configDir = home.resolve("rp config");
    Path identity = Files.createDirectories(home.resolve(".ssh")).resolve("runpod");
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "example", "-f", identity.toString());
    this.fake =
        FakeRunPod.start()
            .provisioningTime(Duration.ofMillis(100))
            .startingTime(Duration.ofMillis(100));
    fake.setSshKeys(List.of(Files.readString(home.resolve(".ssh/runpod.pub")).strip()));
  }

  /** Starts the fake and writes a home folder under {@code dir}. */
  static ExampleFixture start(Path dir) throws IOException {
    return new ExampleFixture(dir);
  }

  /**
   * Starts a real sshd on loopback that accepts rp's identity, and makes every pod's {@code
   * ssh.direct} point at it. Skips the test when sshd is not installed.
   */
  ExampleFixture withSshd() {
    sshd = Sshd.builder(dir.resolve("sshd")).clientKey(home.resolve(".ssh/runpod")).start();
    fake.sshHost(sshd.host()).sshPorts(sshd.port());
    return this;
  }

  /** Returns the sshd that {@link #withSshd()} started. */
  Sshd sshd() {
    return sshd;
  }

  /**
   * Returns the variables an example's {@code main} reads: API URL and key, home, config folder.
   */
  Map<String, String> environment() {
    return Map.of(
        "RUNPOD_API_URL", fake.baseUrl(),
        "RUNPOD_API_KEY", fake.apiKey(),
        "HOME", home.toString(),
        "RP_CONFIG_DIR", configDir.toString());
  }

  /** Returns a builder of a client for {@link #environment()}, whose waits give up after 30 s. */
  RunPodClient.Builder builder() {
    return RunPod.builder().environment(environment()).waitTimeout(Duration.ofSeconds(30));
  }

  /** Returns a new client for {@link #environment()}, closed with this fixture. */
  RunPodClient client() {
    RunPodClient client = builder().build();
    clients.add(client);
    return client;
  }

  /** Runs {@code example} with a new client and returns what it printed. */
  String output(Example example) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (RunPodClient client = builder().build();
        PrintStream out = new PrintStream(bytes, true, UTF_8)) {
      example.run(client, out);
    }
    return bytes.toString(UTF_8);
  }

  /** Checks that every request the examples sent conformed to the API contract, then stops all. */
  @Override
  public void close() {
    clients.forEach(RunPodClient::close);
    try {
      assertThat(fake.contractViolations()).isEmpty();
    } finally {
      fake.close();
      if (sshd != null) {
        sshd.close();
      }
    }
  }

  private static void run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), UTF_8);
      assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

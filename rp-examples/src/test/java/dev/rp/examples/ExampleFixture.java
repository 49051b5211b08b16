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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What an example needs to run in a test, set up before each test and removed after it: the fake
 * RunPod API, a home folder in a temporary folder with rp's SSH identity registered on the fake
 * account, and clients built from the same environment variables that an example's {@code main}
 * reads. {@link #withSshd()} adds a real sshd that the fake's pods point at.
 *
 * <pre>{@code
 * @RegisterExtension final ExampleFixture fixture = ExampleFixture.withSshd();
 * }</pre>
 */
final class ExampleFixture implements BeforeEachCallback, AfterEachCallback {

  /** Runs one example against a client and captures what it prints. */
  @FunctionalInterface
  interface Example {
    void run(RunPodClient client, PrintStream out) throws Exception;
  }

  private final boolean startSshd;
  private final List<RunPodClient> clients = new ArrayList<>();
  private Path dir;
  private Path home;
  private FakeRunPod fake;
  private Sshd sshd;

  private ExampleFixture(boolean startSshd) {
    this.startSshd = startSshd;
  }

  /** Returns a fixture without sshd, for examples that use only the API and local state. */
  static ExampleFixture withoutSshd() {
    return new ExampleFixture(false);
  }

  /**
   * Returns a fixture that also starts a real sshd on loopback, which accepts rp's identity and
   * which every pod's {@code ssh.direct} points at. Tests are skipped when sshd is not installed.
   */
  static ExampleFixture withSshd() {
    return new ExampleFixture(true);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("rp-examples-");
    home = Files.createDirectories(dir.resolve("home"));
    Path identity = Files.createDirectories(home.resolve(".ssh")).resolve("runpod");
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "example", "-f", identity.toString());
    fake =
        FakeRunPod.start()
            .provisioningTime(Duration.ofMillis(100))
            .startingTime(Duration.ofMillis(100));
    fake.setSshKeys(List.of(Files.readString(home.resolve(".ssh/runpod.pub")).strip()));
    if (startSshd) {
      sshd = Sshd.builder(dir.resolve("sshd")).clientKey(identity).start();
      fake.sshHost(sshd.host()).sshPorts(sshd.port());
    }
  }

  /** Returns the fake RunPod API. */
  FakeRunPod fake() {
    return fake;
  }

  /** Returns the home folder, {@code HOME} of the examples. */
  Path home() {
    return home;
  }

  /** Returns rp's config folder, {@code RP_CONFIG_DIR} of the examples, whose name has a space. */
  Path configDir() {
    return home.resolve("rp config");
  }

  /** Returns a temporary folder for the test's own files, deleted after the test. */
  Path dir() {
    return dir;
  }

  /** Returns the sshd that {@link #withSshd()} starts. */
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
        "RP_CONFIG_DIR", configDir().toString());
  }

  /** Returns a builder of a client for {@link #environment()}, whose waits give up after 30 s. */
  RunPodClient.Builder builder() {
    return RunPod.builder().environment(environment()).waitTimeout(Duration.ofSeconds(30));
  }

  /** Returns a new client for {@link #environment()}, closed after the test. */
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
  public void afterEach(ExtensionContext context) throws IOException {
    clients.forEach(RunPodClient::close);
    try {
      if (fake != null) {
        assertThat(fake.contractViolations()).isEmpty();
      }
    } finally {
      if (fake != null) {
        fake.close();
      }
      if (sshd != null) {
        sshd.close();
      }
      deleteRecursively(dir);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
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

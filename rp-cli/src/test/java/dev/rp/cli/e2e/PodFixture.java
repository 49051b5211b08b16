package dev.rp.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.testing.FakeRunPod;
import dev.rp.testing.Sshd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the end-to-end tests of pod commands share: a fake RunPod API whose pods answer SSH on a
 * real sshd, a {@code HOME} with rp's SSH identity {@code ~/.ssh/runpod} (the key the sshd accepts
 * and the fake account has registered), a launcher runner pointed at the fake, and an SDK client on
 * the same files for arranging state quickly.
 */
final class PodFixture implements AutoCloseable {

  /** How long a new pod provisions and starts in the fake, kept short so tests stay fast. */
  static final Duration PHASE = Duration.ofMillis(200);

  private final FakeRunPod fake;
  private final Sshd sshd;
  private final Path home;
  private final RpProcess rp;
  private final RunPodClient sdk;

  private PodFixture(FakeRunPod fake, Sshd sshd, Path home) {
    this.fake = fake;
    this.sshd = sshd;
    this.home = home;
    this.rp = new RpProcess(home);
    rp.env().put("RUNPOD_API_URL", fake.baseUrl());
    rp.env().put("RUNPOD_API_KEY", fake.apiKey());
    this.sdk =
        RunPod.builder()
            .apiKey(fake.apiKey())
            .baseUrl(fake.baseUrl())
            .environment(Map.of("HOME", home.toString()))
            .waitTimeout(Duration.ofSeconds(30))
            .build();
  }

  /** Starts a fake whose pods answer on {@code sshd}'s ports and prepares {@code home}. */
  static PodFixture start(Sshd sshd, Path home) throws IOException {
    FakeRunPod fake =
        FakeRunPod.start()
            .sshHost(sshd.host())
            .sshPorts(sshd.ports().stream().mapToInt(Integer::intValue).toArray())
            .provisioningTime(PHASE)
            .startingTime(PHASE);
    fake.setSshKeys(List.of(sshd.clientPublicKey()));
    installIdentity(home, sshd);
    return new PodFixture(fake, sshd, home);
  }

  private static void installIdentity(Path home, Sshd sshd) throws IOException {
    Path ssh = Files.createDirectories(home.resolve(".ssh"));
    Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString("rwx------"));
    Path key = ssh.resolve("runpod");
    Files.copy(sshd.clientKey(), key);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(ssh.resolve("runpod.pub"), sshd.clientPublicKey() + "\n");
  }

  FakeRunPod fake() {
    return fake;
  }

  Sshd sshd() {
    return sshd;
  }

  Path home() {
    return home;
  }

  /** Returns the launcher runner, with the fake's URL and key in its environment. */
  RpProcess rp() {
    return rp;
  }

  /** Returns an SDK client on the same files and fake as {@link #rp()}. */
  RunPodClient sdk() {
    return sdk;
  }

  Path configDir() {
    return home.resolve(".config/rp");
  }

  /** Returns the file of rp's SSH entries, empty text when none was written yet. */
  String managedSshConfig() throws IOException {
    Path file = home.resolve(".ssh/rp_config");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  /** Returns {@code pods.json}, empty text when it does not exist. */
  String podsJson() throws IOException {
    Path file = configDir().resolve("pods.json");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  /** Writes {@code setup.sh} with {@code text}. */
  Path writeSetupScript(String text) throws IOException {
    Files.createDirectories(configDir());
    return Files.writeString(configDir().resolve("setup.sh"), text);
  }

  /** Creates a running pod through the SDK, without setup.sh, and returns its id. */
  String runningPod(String alias, Map<String, String> config) {
    return sdk.pods()
        .create(alias)
        .gpu("RTX4090")
        .storage("20GB")
        .config(config)
        .runSetup(false)
        .start()
        .podId();
  }

  /** Puts a stopped pod on the account, tracks it as {@code alias} and returns its id. */
  String stoppedPod(String alias) {
    String id = fake.addPod(alias, "EXITED");
    sdk.pods().track(alias, id, false);
    return id;
  }

  /**
   * Runs {@code ssh -F $HOME/.ssh/config ALIAS COMMAND} without a terminal and returns its exit
   * code and output.
   */
  SshResult ssh(String alias, String command) throws IOException, InterruptedException {
    Path errors = Files.createTempFile(home, "ssh", ".err");
    Process process =
        new ProcessBuilder(
                "ssh",
                "-F",
                home.resolve(".ssh/config").toString(),
                "-o",
                "BatchMode=yes",
                "-o",
                "ConnectTimeout=5",
                alias,
                command)
            .redirectError(errors.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("ssh finished in time").isTrue();
    return new SshResult(process.exitValue(), output, Files.readString(errors));
  }

  /** Outcome of {@link #ssh}. */
  record SshResult(int exitCode, String stdout, String stderr) {}

  /** Closes the SDK client and the fake, after checking that no request broke the contract. */
  @Override
  public void close() {
    sdk.close();
    try {
      assertThat(fake.contractViolations()).as("requests that broke the contract").isEmpty();
    } finally {
      fake.close();
    }
  }
}

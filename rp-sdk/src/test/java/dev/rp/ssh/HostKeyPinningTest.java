package dev.rp.ssh;

import static dev.rp.ssh.OpenSsh.read;
import static dev.rp.ssh.OpenSsh.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.testing.Sshd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connects through entries {@link SshConfigManager} wrote to a real sshd, to check how host keys
 * are pinned per pod.
 */
class HostKeyPinningTest {

  private static final Path ACCOUNT_KNOWN_HOSTS =
      Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");

  @TempDir Path home;
  @TempDir Path serverDir;

  private Sshd sshd;
  private Path config;
  private SshConfigManager ssh;
  private Optional<byte[]> accountKnownHostsBefore;

  @BeforeEach
  void setUp() throws IOException {
    sshd = Sshd.start(serverDir, 2);
    config = home.resolve(".ssh/config");
    ssh = SshConfigManager.create(OpenSsh.paths(home), sshd.clientKey());
    accountKnownHostsBefore = readIfExists(ACCOUNT_KNOWN_HOSTS);
  }

  @AfterEach
  void tearDown() throws IOException {
    sshd.close();
    assertThat(readIfExists(ACCOUNT_KNOWN_HOSTS))
        .as("the account's ~/.ssh/known_hosts")
        .usingRecursiveComparison()
        .isEqualTo(accountKnownHostsBefore);
  }

  @Test
  void connect_firstContact_pinsKeyUnderPodAlias() throws java.io.IOException {
    ssh.upsert("dev-1", "pod1", sshd.endpoint());

    OpenSsh.Result result = OpenSsh.connect(home, config, "dev-1", "echo connected");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("connected");
    assertThat(read(ssh.knownHostsFile())).isEqualTo("rp-pod1 " + sshd.hostPublicKey() + "\n");
    assertThat(java.nio.file.Files.getPosixFilePermissions(ssh.knownHostsFile()))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void connect_rotatedHostKey_isRejectedUntilForgotten() {
    ssh.upsert("dev-1", "pod1", sshd.endpoint());
    assertThat(OpenSsh.connect(home, config, "dev-1", "true").exitCode()).isZero();

    sshd.rotateHostKey();
    OpenSsh.Result rejected = OpenSsh.connect(home, config, "dev-1", "true");

    assertThat(rejected.exitCode()).isEqualTo(255);
    assertThat(rejected.output()).contains("REMOTE HOST IDENTIFICATION HAS CHANGED");

    assertThat(ssh.forgetHostKey("pod1")).isTrue();
    OpenSsh.Result accepted = OpenSsh.connect(home, config, "dev-1", "true");

    assertThat(accepted.exitCode()).as(accepted.output()).isZero();
    assertThat(read(ssh.knownHostsFile())).isEqualTo("rp-pod1 " + sshd.hostPublicKey() + "\n");
  }

  @Test
  void connect_podMovedToOtherPort_keepsItsKey() {
    ssh.upsert("dev-1", "pod1", sshd.endpoint(sshd.ports().get(0)));
    assertThat(OpenSsh.connect(home, config, "dev-1", "true").exitCode()).isZero();

    ssh.upsert("dev-1", "pod1", sshd.endpoint(sshd.ports().get(1)));
    OpenSsh.Result result = OpenSsh.connect(home, config, "dev-1", "true");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(read(ssh.knownHostsFile()).lines()).hasSize(1);
  }

  @Test
  void connect_reusedAddress_pinsEachPodSeparately() {
    ssh.upsert("dev-1", "pod1", sshd.endpoint());
    assertThat(OpenSsh.connect(home, config, "dev-1", "true").exitCode()).isZero();

    // RunPod hands the same IP and port to another pod, which has its own host key.
    sshd.rotateHostKey();
    ssh.upsert("dev-2", "pod2", sshd.endpoint());
    OpenSsh.Result result = OpenSsh.connect(home, config, "dev-2", "true");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(read(ssh.knownHostsFile()))
        .contains("rp-pod1 ")
        .contains("rp-pod2 " + sshd.hostPublicKey());
  }

  @Test
  void forgetHostKey_hashedKnownHosts_removesEntry() {
    write(config, "Host *\n  HashKnownHosts yes\n");
    ssh.upsert("dev-1", "pod1", sshd.endpoint());
    ssh.upsert("dev-2", "pod2", sshd.endpoint());
    assertThat(OpenSsh.connect(home, config, "dev-1", "true").exitCode()).isZero();
    assertThat(OpenSsh.connect(home, config, "dev-2", "true").exitCode()).isZero();
    assertThat(read(ssh.knownHostsFile())).startsWith("|1|").doesNotContain("rp-pod");

    assertThat(ssh.forgetHostKey("pod1")).isTrue();

    assertThat(read(ssh.knownHostsFile()).lines()).hasSize(1);
    assertThat(ssh.forgetHostKey("pod1")).isFalse();
    assertThat(ssh.forgetHostKey("pod2")).isTrue();
  }

  @Test
  void remove_entry_dropsItsPinnedKey() {
    ssh.upsert("dev-1", "pod1", sshd.endpoint());
    ssh.upsert("dev-2", "pod2", sshd.endpoint());
    assertThat(OpenSsh.connect(home, config, "dev-1", "true").exitCode()).isZero();
    assertThat(OpenSsh.connect(home, config, "dev-2", "true").exitCode()).isZero();

    ssh.remove("dev-1");

    assertThat(read(ssh.knownHostsFile())).doesNotContain("rp-pod1").contains("rp-pod2");
  }

  @Test
  void forgetHostKey_noFile_returnsFalse() {
    assertThat(ssh.forgetHostKey("pod1")).isFalse();
    assertThat(ssh.knownHostsFile()).doesNotExist();
  }

  private static Optional<byte[]> readIfExists(Path file) throws IOException {
    return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
  }
}

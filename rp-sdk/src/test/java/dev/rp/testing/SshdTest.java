package dev.rp.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshdTest {

  @TempDir Path dir;

  @Test
  void start_twoPorts_bothAcceptTheClientKey() throws Exception {
    try (Sshd sshd = Sshd.start(dir, 2)) {
      assertThat(sshd.ports()).hasSize(2).doesNotHaveDuplicates();
      for (int port : sshd.ports()) {
        Result result = ssh(sshd, port, "echo \"$USER:$0\"");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains(sshd.user() + ":");
      }
    }
  }

  @Test
  void start_remoteExitCode_comesBack() throws Exception {
    try (Sshd sshd = Sshd.start(dir)) {
      assertThat(ssh(sshd, sshd.port(), "exit 7").exitCode()).isEqualTo(7);
    }
  }

  @Test
  void rotateHostKey_samePorts_newFingerprint() throws Exception {
    try (Sshd sshd = Sshd.start(dir)) {
      String before = sshd.hostKeyFingerprint();
      List<Integer> ports = sshd.ports();

      sshd.rotateHostKey();

      assertThat(sshd.hostKeyFingerprint()).startsWith("SHA256:").isNotEqualTo(before);
      assertThat(sshd.ports()).isEqualTo(ports);
      assertThat(ssh(sshd, sshd.port(), "true").exitCode()).isZero();
    }
  }

  @Test
  void builder_givenClientKey_isAccepted() throws Exception {
    Path key = dir.resolve("own_key");
    Sshd.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString());

    try (Sshd sshd = Sshd.builder(dir).clientKey(key).start()) {
      assertThat(sshd.clientKey()).isEqualTo(key.toAbsolutePath());
      assertThat(sshd.clientPublicKey()).startsWith("ssh-ed25519 ");
      assertThat(ssh(sshd, sshd.port(), "true").exitCode()).isZero();
    }
  }

  @Test
  void close_stopsListening() throws Exception {
    Sshd sshd = Sshd.start(dir);
    int port = sshd.port();

    sshd.close();

    assertThat(ssh(sshd, port, "true").exitCode()).isEqualTo(255);
  }

  private Result ssh(Sshd sshd, int port, String command) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>();
    argv.addAll(
        List.of(
            "ssh",
            "-F",
            "/dev/null",
            "-T",
            "-o",
            "BatchMode=yes",
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "LogLevel=ERROR",
            "-o",
            "IdentitiesOnly=yes",
            "-i",
            sshd.clientKey().toString(),
            "-p",
            String.valueOf(port),
            sshd.user() + "@" + sshd.host(),
            command));
    Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    return new Result(process.waitFor(), output);
  }

  private record Result(int exitCode, String output) {}
}

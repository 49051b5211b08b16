package dev.rp.ssh;

import static dev.rp.ssh.OpenSsh.read;
import static dev.rp.ssh.OpenSsh.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownHostsTest {

  private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJg24tYTQ9vA65Efz6VAzu4n";

  @TempDir Path dir;

  @Test
  void withoutHost_plainNames_removesOnlyThatHost() {
    String content =
        "rp-a "
            + KEY
            + "\n"
            + "rp-ab "
            + KEY
            + "\n"
            + "other,rp-a "
            + KEY
            + "\n"
            + "[rp-a]:2222 "
            + KEY
            + "\n"
            + "# rp-a comment\n"
            + "@revoked rp-a "
            + KEY
            + "\n";

    String after = text(KnownHosts.withoutHost(ConfigText.of(content.getBytes(UTF_8)), "rp-a"));

    assertThat(after).isEqualTo("rp-ab " + KEY + "\n# rp-a comment\n@revoked rp-a " + KEY + "\n");
  }

  @Test
  void withoutHost_hashedByOpenSsh_isRemoved() {
    Path file = write(dir.resolve("known_hosts"), "rp-a " + KEY + "\nrp-b " + KEY + "\n");
    OpenSsh.Result hashed = OpenSsh.run(dir, List.of("ssh-keygen", "-H", "-f", file.toString()));
    assertThat(hashed.exitCode()).as(hashed.output()).isZero();
    String content = read(file);
    assertThat(content).doesNotContain("rp-a").startsWith("|1|");

    String after = text(KnownHosts.withoutHost(ConfigText.of(content.getBytes(UTF_8)), "rp-a"));

    assertThat(after.lines()).hasSize(1);
    assertThat(KnownHosts.pinsHost(after.strip(), "rp-b")).isTrue();
  }

  @Test
  void pinsHost_malformedHash_isFalse() {
    assertThat(KnownHosts.pinsHost("|1|not base64|x " + KEY, "rp-a")).isFalse();
    assertThat(KnownHosts.pinsHost("|1|onlyone " + KEY, "rp-a")).isFalse();
    assertThat(KnownHosts.pinsHost("", "rp-a")).isFalse();
  }

  private static String text(ConfigText text) {
    return new String(text.toBytes(), UTF_8);
  }
}

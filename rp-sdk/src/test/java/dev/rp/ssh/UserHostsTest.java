package dev.rp.ssh;

import static dev.rp.ssh.OpenSsh.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserHostsTest {

  @TempDir Path home;

  private UserHosts hosts() {
    return new UserHosts(home, home.resolve(".ssh/rp_config"));
  }

  @Test
  void applies_patterns_followOpenSshRules() {
    assertThat(UserHosts.applies(List.of("dev-1"), "dev-1")).isTrue();
    assertThat(UserHosts.applies(List.of("dev-*"), "dev-1")).isTrue();
    assertThat(UserHosts.applies(List.of("*-1"), "dev-1")).isTrue();
    assertThat(UserHosts.applies(List.of("d?v-1"), "dev-1")).isTrue();
    assertThat(UserHosts.applies(List.of("dev"), "dev-1")).isFalse();
    assertThat(UserHosts.applies(List.of("*"), "dev-1")).isFalse();
    assertThat(UserHosts.applies(List.of("*", "!dev-1"), "dev-1")).isFalse();
    assertThat(UserHosts.applies(List.of("!dev-1", "dev-*"), "dev-1")).isFalse();
  }

  @Test
  void resolveInclude_relativeGlob_sortedUnderSshFolder() {
    write(home.resolve(".ssh/conf.d/b.conf"), "");
    write(home.resolve(".ssh/conf.d/a.conf"), "");
    write(home.resolve(".ssh/conf.d/.hidden.conf"), "");
    write(home.resolve(".ssh/conf.d/c.txt"), "");

    assertThat(hosts().resolveInclude("conf.d/*.conf"))
        .containsExactly(home.resolve(".ssh/conf.d/a.conf"), home.resolve(".ssh/conf.d/b.conf"));
  }

  @Test
  void resolveInclude_globInFolderAndBrackets_expands() {
    write(home.resolve("x1/config"), "");
    write(home.resolve("x2/config"), "");
    write(home.resolve("y1/config"), "");

    assertThat(hosts().resolveInclude("~/x[0-9]/config"))
        .containsExactly(home.resolve("x1/config"), home.resolve("x2/config"));
    assertThat(hosts().resolveInclude(home + "/[!x]1/config"))
        .containsExactly(home.resolve("y1/config"));
  }

  @Test
  void resolveInclude_escapedBracket_isLiteral() {
    write(home.resolve("a[1]/config"), "");

    assertThat(hosts().resolveInclude(home + "/a\\[1\\]/config"))
        .containsExactly(home.resolve("a[1]/config"));
  }

  @Test
  void find_includeLoop_stopsAtDepthLimit() {
    write(home.resolve(".ssh/config"), "Include ~/.ssh/config\n");

    assertThat(hosts().find(home.resolve(".ssh/config"), "dev-1")).isEmpty();
  }

  @Test
  void namesExactly_onlyTheSamePathWithoutGlobs() {
    Path managed = home.resolve(".ssh/rp_config");

    assertThat(hosts().namesExactly("~/.ssh/rp_config", managed)).isTrue();
    assertThat(hosts().namesExactly("rp_config", managed)).isTrue();
    assertThat(hosts().namesExactly(managed.toString(), managed)).isTrue();
    assertThat(hosts().namesExactly("~/.ssh/rp_*", managed)).isFalse();
    assertThat(hosts().namesExactly("~/.ssh/other", managed)).isFalse();
  }
}

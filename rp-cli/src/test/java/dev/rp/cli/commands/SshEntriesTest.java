package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RpPaths;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SshEntriesTest {

  private static RpPaths paths(Path sshConfig) {
    return RpPaths.builder()
        .home(Path.of("/h"))
        .configDir(Path.of("/h/.config/rp"))
        .sshConfig(sshConfig)
        .identityFile(Path.of("/h/.ssh/runpod"))
        .build();
  }

  @Test
  void connectCommand_defaultConfig_isPlainSsh() {
    Path accountConfig = Path.of(System.getProperty("user.home"), ".ssh", "config");

    assertThat(SshEntries.connectCommand(paths(accountConfig), "dev-1")).isEqualTo("ssh dev-1");
  }

  @Test
  void connectCommand_otherConfig_passesIt() {
    assertThat(SshEntries.connectCommand(paths(Path.of("/tmp/h/.ssh/config")), "dev-1"))
        .isEqualTo("ssh -F /tmp/h/.ssh/config dev-1");
  }

  @Test
  void connectCommand_configWithSpace_isQuoted() {
    assertThat(SshEntries.connectCommand(paths(Path.of("/tmp/my home/config")), "dev-1"))
        .isEqualTo("ssh -F '/tmp/my home/config' dev-1");
  }

  @Test
  void missingEntryMessage_provisioning_pointsToStart() {
    assertThat(SshEntries.missingEntryMessage("dev-1", "provisioning"))
        .startsWith("Pod 'dev-1' is provisioning but has no SSH entry yet: rp start dev-1 waits");
  }

  @Test
  void missingEntryMessage_invalid_pointsToClean() {
    assertThat(SshEntries.missingEntryMessage("dev-1", "invalid"))
        .isEqualTo("Pod 'dev-1' no longer exists on RunPod: remove its alias with rp clean");
  }

  @Test
  void missingEntryMessage_error_namesStatus() {
    assertThat(SshEntries.missingEntryMessage("dev-1", "error"))
        .isEqualTo("Pod 'dev-1' is error and has no SSH entry: rp start dev-1");
  }
}

package dev.rp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RpPathsTest {

  @Nested
  class ConfigFolderPrecedence {
    @Test
    void rpConfigDir_winsOverXdgAndHome() {
      RpPaths paths =
          RpPaths.fromEnvironment(
              Map.of("HOME", "/h", "XDG_CONFIG_HOME", "/x", "RP_CONFIG_DIR", "/rp"));

      assertThat(paths.configDir()).isEqualTo(Path.of("/rp"));
    }

    @Test
    void xdgConfigHome_winsOverHome() {
      RpPaths paths = RpPaths.fromEnvironment(Map.of("HOME", "/h", "XDG_CONFIG_HOME", "/x"));

      assertThat(paths.configDir()).isEqualTo(Path.of("/x/rp"));
    }

    @Test
    void homeAlone_givesDotConfigRp() {
      RpPaths paths = RpPaths.fromEnvironment(Map.of("HOME", "/h"));

      assertThat(paths.configDir()).isEqualTo(Path.of("/h/.config/rp"));
      assertThat(paths.sshConfig()).isEqualTo(Path.of("/h/.ssh/config"));
      assertThat(paths.identityFile()).isEqualTo(Path.of("/h/.ssh/runpod"));
    }

    @Test
    void blankValues_countAsUnset() {
      RpPaths paths =
          RpPaths.fromEnvironment(Map.of("HOME", "/h", "RP_CONFIG_DIR", " ", "RP_SSH_CONFIG", ""));

      assertThat(paths.configDir()).isEqualTo(Path.of("/h/.config/rp"));
      assertThat(paths.sshConfig()).isEqualTo(Path.of("/h/.ssh/config"));
    }
  }

  @Test
  void fromEnvironment_relativeValues_becomeAbsolute() {
    RpPaths paths =
        RpPaths.fromEnvironment(
            Map.of("HOME", "/h", "RP_CONFIG_DIR", "state", "RP_SSH_CONFIG", "ssh/config"));

    assertThat(paths.configDir().isAbsolute()).isTrue();
    assertThat(paths.configDir().getFileName()).isEqualTo(Path.of("state"));
    assertThat(paths.sshConfig().isAbsolute()).isTrue();
  }
}

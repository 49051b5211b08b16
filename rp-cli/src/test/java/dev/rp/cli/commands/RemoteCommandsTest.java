package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemoteCommandsTest {

  @Test
  void inFolder_noFolder_isCommandAlone() {
    assertThat(RemoteCommands.inFolder(Optional.empty(), "ls -la")).isEqualTo("ls -la");
  }

  @Test
  void inFolder_folderWithQuote_isQuoted() {
    assertThat(RemoteCommands.inFolder(Optional.of("/work/it's here"), "ls"))
        .isEqualTo("cd '/work/it'\\''s here' && ls");
  }

  @Test
  void inFolder_homeRelative_keepsTildeUnquoted() {
    assertThat(RemoteCommands.inFolder(Optional.of("~/my project"), "pwd"))
        .isEqualTo("cd ~/'my project' && pwd");
    assertThat(RemoteCommands.inFolder(Optional.of("~"), "pwd")).isEqualTo("cd ~ && pwd");
  }
}

package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CursorCommandTest {

  @Test
  void folderUri_plainPath_isAppendedToHost() {
    assertThat(CursorCommand.folderUri("dev-1", "/workspace"))
        .isEqualTo("vscode-remote://ssh-remote+dev-1/workspace");
  }

  @Test
  void folderUri_spaceAndHash_arePercentEncoded() {
    assertThat(CursorCommand.folderUri("dev-1", "/workspace/my project#2"))
        .isEqualTo("vscode-remote://ssh-remote+dev-1/workspace/my%20project%232");
  }
}

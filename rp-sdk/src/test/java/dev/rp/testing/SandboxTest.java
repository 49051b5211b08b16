package dev.rp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxTest {

  @TempDir Path folder;

  @Test
  void close_deletesSshdFolderAndEnvKeepsHome() throws Exception {
    Sandbox.Running sandbox = Sandbox.start(folder);
    Path sshdFolder = sandbox.sshdFolder;
    assertThat(sshdFolder).isDirectory();
    assertThat(folder.resolve("env")).exists();

    sandbox.close();

    assertThat(sshdFolder).doesNotExist();
    assertThat(folder.resolve("env")).doesNotExist();
    assertThat(folder.resolve("home/.config/rp/runpod_api_key")).exists();
  }
}

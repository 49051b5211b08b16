package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultSetupScriptTest {

  @TempDir Path dir;

  @Test
  void write_createsExecutableScriptAndFolders() throws IOException {
    Path script = dir.resolve("config/rp/setup.sh");

    DefaultSetupScript.write(script);

    assertThat(script).hasContent(DefaultSetupScript.TEXT.stripTrailing());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rwxr-xr-x");
  }

  @Test
  void write_existingScript_isKept() throws IOException {
    Path script = Files.writeString(dir.resolve("setup.sh"), "mine\n");

    assertThatThrownBy(() -> DefaultSetupScript.write(script))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(script).hasContent("mine");
  }

  @Test
  void text_runsUnderBashWithoutGpu() throws Exception {
    Path script = dir.resolve("setup.sh");
    DefaultSetupScript.write(script);
    ProcessBuilder bash = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
    bash.environment().put("RP_ALIAS", "dev-1");
    bash.environment().put("RP_POD_ID", "p1");
    // Without nvidia-smi on the PATH the script only prints its first line.
    bash.environment().put("PATH", "/usr/bin:/bin");
    bash.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));

    Process process = bash.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).isEqualTo("Setting up dev-1 (pod p1)\n");
  }
}

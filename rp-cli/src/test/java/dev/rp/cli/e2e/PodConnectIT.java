package dev.rp.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.e2e.RpProcess.Result;
import dev.rp.ssh.SshConfigManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code rp shell} and {@code rp cursor} through the launcher, with a real sshd as the pod. */
class PodConnectIT extends PodTestBase {

  @Test
  void shell_configuredPath_startsThere() throws IOException {
    // The "pod" is this machine, so the folder must exist here.
    Path project = Files.createDirectories(home.resolve("my project"));
    pods.runningPod("dev-1", Map.of("path", project.toString()));

    Result result = rp.runWithInput("pwd\necho \"shell=$0\"\n", "shell", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).contains(project + "\n").contains("shell=");
    assertThat(result.stderr()).contains("Connecting to dev-1:" + project);
  }

  @Test
  void shell_exitCode_isTheShells() {
    pods.runningPod("dev-1", Map.of());

    Result result = rp.runWithInput("exit 7\n", "shell", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(7);
  }

  @Test
  void shell_command_runsInConfiguredPath() throws IOException {
    Path project = Files.createDirectories(home.resolve("it's a project"));
    pods.runningPod("dev-1", Map.of("path", project.toString()));

    Result result = rp.runWithInput("from stdin\n", "shell", "dev-1", "pwd;", "cat;", "exit", "3");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(3);
    assertThat(result.stdout()).isEqualTo(project + "\nfrom stdin\n");
    assertThat(result.stderr()).doesNotContain("Connecting");
  }

  @Test
  void shell_commandAfterDashes_keepsOptionsAndForwardsAgent() throws Exception {
    pods.runningPod("dev-1", Map.of());
    Path socket = home.resolve("agent.sock");
    Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).start();
    try {
      awaitFile(socket);
      rp.env().put("SSH_AUTH_SOCK", socket.toString());

      Result result =
          rp.run("shell", "dev-1", "--", "echo", "-n", "agent=${SSH_AUTH_SOCK:+forwarded}");

      assertThat(result.exitCode()).as(result.describe()).isZero();
      assertThat(result.stdout()).isEqualTo("agent=forwarded");
    } finally {
      agent.destroy();
    }
  }

  @Test
  void shell_dashesWithoutAlias_usesOnlyPod() {
    pods.runningPod("dev-1", Map.of());

    Result result = rp.run("shell", "--", "echo", "hello");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).isEqualTo("hello\n");
    assertThat(result.stderr()).contains("Using dev-1");
  }

  @Test
  void shell_stoppedPod_saysHowToStartIt() {
    pods.stoppedPod("dev-1");

    Result result = rp.run("shell", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr()).isEqualTo("rp: Pod 'dev-1' is stopped: rp start dev-1\n");
  }

  @Test
  void shell_runningPodWithoutEntry_saysStartWaits() {
    // As after rp create --no-wait: the pod runs, but rp has not written its SSH entry.
    pods.sdk().pods().track("dev-1", pods.fake().addPod("dev-1", "RUNNING"), false);
    SshConfigManager.create(pods.sdk().paths()).remove("dev-1");

    Result result = rp.run("shell", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr())
        .isEqualTo(
            "rp: Pod 'dev-1' is running but has no SSH entry yet: rp start dev-1 waits until SSH"
                + " answers and writes the entry\n");
  }

  @Test
  void cursor_configuredPath_opensRemoteFolder() throws IOException {
    Path arguments = installCursorStub();
    pods.runningPod("dev-1", Map.of("path", "/workspace/my project"));

    Result result = rp.run("cursor", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(Files.readAllLines(arguments))
        .containsExactly("--folder-uri", "vscode-remote://ssh-remote+dev-1/workspace/my%20project");
    assertThat(result.stderr())
        .contains("Cursor may not find dev-1")
        .contains(home.resolve(".ssh/config").toString());
  }

  @Test
  void cursor_pathArgument_winsOverSetting() throws IOException {
    Path arguments = installCursorStub();
    pods.runningPod("dev-1", Map.of("path", "/workspace/x"));

    Result result = rp.run("cursor", "dev-1", "/data");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(Files.readAllLines(arguments))
        .containsExactly("--folder-uri", "vscode-remote://ssh-remote+dev-1/data");
  }

  @Test
  void cursor_noPathSet_opensWorkspace() throws IOException {
    Path arguments = installCursorStub();
    pods.runningPod("dev-1", Map.of());

    Result result = rp.run("cursor", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(Files.readAllLines(arguments))
        .containsExactly("--folder-uri", "vscode-remote://ssh-remote+dev-1/workspace");
  }

  @Test
  void cursor_missingFromPath_saysHowToInstall() {
    pods.runningPod("dev-1", Map.of());
    rp.env().put("PATH", "/usr/bin:/bin");

    Result result = rp.run("cursor", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr())
        .contains("rp: Could not run cursor")
        .contains("the Shell Command entry that installs 'cursor' in PATH");
  }

  @Test
  void cursor_relativePath_isUsageError() {
    pods.runningPod("dev-1", Map.of());

    Result result = rp.run("cursor", "dev-1", "workspace");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stderr()).contains("'workspace'");
  }

  private static void awaitFile(Path file) throws InterruptedException {
    for (int i = 0; i < 100 && !Files.exists(file); i++) {
      Thread.sleep(50);
    }
    assertThat(file).as("ssh-agent socket").exists();
  }

  /**
   * Puts a {@code cursor} first on the PATH that records its arguments, one a line, and returns the
   * file they go to; the real editor is a desktop application.
   */
  private Path installCursorStub() throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path arguments = home.resolve("cursor-arguments");
    Path stub = bin.resolve("cursor");
    Files.writeString(stub, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + arguments + "'\n");
    Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
    rp.env().put("PATH", bin + ":" + System.getenv("PATH"));
    return arguments;
  }
}

package dev.rp.ssh;

import static dev.rp.ssh.OpenSsh.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.InvalidInputException;
import dev.rp.NotFoundLocallyException;
import dev.rp.RpPaths;
import dev.rp.SshException;
import dev.rp.testing.Sshd;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshCommandTest {

  @TempDir Path home;

  @Nested
  class Arguments {

    @Test
    void interactiveShell_customConfig_passesConfigAndForwarding() {
      SshCommand ssh = SshCommand.create(OpenSsh.paths(home));

      assertThat(ssh.interactiveShell("dev-1", Optional.empty()))
          .containsExactly(
              "ssh", "-F", home.resolve(".ssh/config").toString(), "-A", "-t", "dev-1");
    }

    @Test
    void interactiveShell_defaultConfig_omitsF() {
      Path accountHome = Path.of(System.getProperty("user.home"));
      RpPaths paths =
          RpPaths.builder()
              .home(accountHome)
              .configDir(home)
              .sshConfig(accountHome.resolve(".ssh/config"))
              .identityFile(accountHome.resolve(".ssh/runpod"))
              .build();

      assertThat(SshCommand.create(paths).interactiveShell("dev-1", Optional.empty()))
          .containsExactly("ssh", "-A", "-t", "dev-1");
    }

    @Test
    void interactiveShell_pathWithSpacesAndQuotes_isSingleQuoted() {
      SshCommand ssh = SshCommand.create(OpenSsh.paths(home));

      List<String> command =
          ssh.interactiveShell("dev-1", Optional.of("/workspace/my project/it's \"$HOME\""));

      assertThat(command.get(command.size() - 1))
          .isEqualTo(
              "cd '/workspace/my project/it'\\''s \"$HOME\"' 2>/dev/null || printf 'rp: %s is not"
                  + " a folder on the pod; the shell starts in the home folder\\n'"
                  + " '/workspace/my project/it'\\''s \"$HOME\"' >&2; exec $SHELL -l");
      assertThat(command.subList(0, command.size() - 1)).endsWith("-A", "-t", "dev-1");
    }

    @Test
    void commandInFolder_runsInTheQuotedFolderWithAgentForwarding() throws Exception {
      SshCommand ssh = SshCommand.create(OpenSsh.paths(home));
      java.nio.file.Path folder =
          java.nio.file.Files.createDirectories(home.resolve("pod folder/it's here"));

      List<String> command = ssh.commandInFolder("dev-1", Optional.of(folder.toString()), "pwd");
      List<String> noFolder = ssh.commandInFolder("dev-1", Optional.empty(), "ls -la");

      assertThat(command).contains("-A", "BatchMode=yes");
      assertThat(command.get(command.size() - 2)).isEqualTo("dev-1");
      assertThat(noFolder.get(noFolder.size() - 1)).isEqualTo("ls -la");
      Process shell = new ProcessBuilder("sh", "-c", command.get(command.size() - 1)).start();
      String printed = new String(shell.getInputStream().readAllBytes()).strip();
      assertThat(shell.waitFor()).isZero();
      assertThat(printed).isEqualTo(folder.toString());
    }

    @Test
    void interactiveShell_missingFolder_stillStartsTheShell() throws Exception {
      SshCommand ssh = SshCommand.create(OpenSsh.paths(home));
      List<String> command = ssh.interactiveShell("dev-1", Optional.of("/no such folder"));

      // The remote command runs through a real sh, with a login shell that only prints.
      ProcessBuilder shell = new ProcessBuilder("sh", "-c", command.get(command.size() - 1));
      shell.environment().put("SHELL", "/bin/echo");
      Process process = shell.start();
      String out = new String(process.getInputStream().readAllBytes());
      String err = new String(process.getErrorStream().readAllBytes());

      assertThat(process.waitFor()).isZero();
      assertThat(out.strip()).isEqualTo("-l");
      assertThat(err).contains("rp: /no such folder is not a folder on the pod");
    }

    @Test
    void interactiveShell_homeRelativePath_leavesTildeUnquoted() {
      SshCommand ssh = SshCommand.create(OpenSsh.paths(home));

      List<String> command = ssh.interactiveShell("dev-1", Optional.of("~/my code"));

      assertThat(command.get(command.size() - 1))
          .startsWith("cd ~/'my code' 2>/dev/null || printf")
          .endsWith(" '~/my code' >&2; exec $SHELL -l");
    }

    @Test
    void interactiveShell_aliasLikeAnOption_isRejected() {
      SshCommand ssh = SshCommand.create(OpenSsh.paths(home));

      assertThatThrownBy(() -> ssh.interactiveShell("-oProxyCommand=x", Optional.empty()))
          .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void batchCommand_usesBatchModeAndNoTerminal() {
      SshCommand ssh = SshCommand.create(OpenSsh.paths(home));

      List<String> command = ssh.batchCommand("dev-1", "uptime");

      assertThat(command).startsWith("ssh", "-F").contains("-T").endsWith("dev-1", "uptime");
      assertThat(String.join(" ", command)).contains("-o BatchMode=yes");
    }

    @Test
    void remoteScriptCommand_invalidVariableName_isRejected() {
      assertThatThrownBy(() -> SshCommand.remoteScriptCommand(Map.of("A;rm", "x")))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("'A;rm'");
    }
  }

  @Nested
  class RunScript {

    @TempDir Path serverDir;

    private List<String> output = Collections.synchronizedList(new ArrayList<>());

    @Test
    void runScript_exitCodeAndVariables_comeBack() throws Exception {
      Path podFolder = serverDir.resolve("pod folder/it's here");
      try (Sshd sshd = Sshd.start(serverDir)) {
        SshCommand ssh = commandFor(sshd, "dev-1.a", "pod123");
        Path script =
            write(
                home.resolve("setup scripts/setup.sh"),
                "echo \"$RP_ALIAS $RP_POD_ID\"\n"
                    + "mkdir -p \"$POD_DIR\" && cd \"$POD_DIR\" && pwd\n"
                    + "echo to-stderr >&2\n"
                    + "exit 3\n");

        int exit =
            ssh.runScript("dev-1.a", script, Map.of("POD_DIR", podFolder.toString()), output::add);

        assertThat(exit).isEqualTo(3);
        assertThat(output).contains("dev-1.a pod123", podFolder.toString(), "to-stderr");
        assertThat(podFolder).isDirectory();
      }
    }

    @Test
    void runScript_valuesWithShellCharacters_arriveUnchanged() throws Exception {
      String tricky = "it's $HOME `id` \"q\" \\ ; | & *";
      try (Sshd sshd = Sshd.start(serverDir)) {
        SshCommand ssh = commandFor(sshd, "dev-1", "pod123");
        Path script = write(home.resolve("env.sh"), "printf '%s\\n' \"$TRICKY\"\n");

        int exit = ssh.runScript("dev-1", script, Map.of("TRICKY", tricky), output::add);

        assertThat(exit).isZero();
        assertThat(output).containsExactly(tricky);
      }
    }

    @Test
    void runScript_commandReadingStdin_doesNotSwallowTheScript() throws Exception {
      try (Sshd sshd = Sshd.start(serverDir)) {
        SshCommand ssh = commandFor(sshd, "dev-1", "pod123");
        Path script = write(home.resolve("stdin.sh"), "cat\necho after-cat\n");

        int exit = ssh.runScript("dev-1", script, Map.of(), output::add);

        assertThat(exit).isZero();
        assertThat(output).containsExactly("after-cat");
      }
    }

    @Test
    void runScript_podIdOverride_winsOverEntry() throws Exception {
      try (Sshd sshd = Sshd.start(serverDir)) {
        SshCommand ssh = commandFor(sshd, "dev-1", "pod123");
        Path script = write(home.resolve("id.sh"), "echo \"$RP_POD_ID\"\n");

        ssh.runScript("dev-1", script, Map.of("RP_POD_ID", "other"), output::add);

        assertThat(output).containsExactly("other");
      }
    }

    @Test
    void runScript_serverDown_throwsWithSshError() throws Exception {
      SshCommand ssh;
      try (Sshd sshd = Sshd.start(serverDir)) {
        ssh = commandFor(sshd, "dev-1", "pod123");
      }
      Path script = write(home.resolve("x.sh"), "true\n");
      SshCommand stopped = ssh;

      assertThatThrownBy(() -> stopped.runScript("dev-1", script, Map.of(), output::add))
          .isInstanceOf(SshException.class)
          .hasMessageContaining("ssh to 'dev-1' failed")
          .hasMessageContaining("Connection refused");
    }

    @Test
    void runScript_unknownAlias_isNotFound() {
      SshCommand ssh = SshCommand.create(OpenSsh.paths(home));
      Path script = write(home.resolve("x.sh"), "true\n");

      assertThatThrownBy(() -> ssh.runScript("nope", script, Map.of(), output::add))
          .isInstanceOf(NotFoundLocallyException.class)
          .hasMessageContaining("'nope'");
    }

    @Test
    void runScript_missingScript_namesThePath() {
      SshCommand ssh = SshCommand.create(OpenSsh.paths(home));
      Path missing = home.resolve("missing.sh");

      assertThatThrownBy(() -> ssh.runScript("dev-1", missing, Map.of(), output::add))
          .isInstanceOf(SshException.class)
          .hasMessageContaining(missing.toString());
    }

    private SshCommand commandFor(Sshd sshd, String alias, String podId) {
      RpPaths paths = OpenSsh.paths(home);
      SshConfigManager config = SshConfigManager.create(paths, sshd.clientKey());
      config.upsert(alias, podId, sshd.endpoint());
      return SshCommand.create(paths, config);
    }
  }
}

package dev.rp.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.CliContext;
import dev.rp.cli.Main;
import dev.rp.cli.output.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompletionInstallerTest {

  @TempDir Path home;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private static CommandLine root() {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    return Main.commandLine(new CliContext(Map.of(), Terminal.none(), nowhere, nowhere));
  }

  private CompletionInstaller installer(Map<String, String> env, List<Path> bashLoaders) {
    return new CompletionInstaller(env, root(), bashLoaders);
  }

  @Test
  void bash_withBashCompletion_writesCompletionsFolder() throws IOException {
    Path loader = Files.createFile(home.resolve("bash_completion"));

    var installation =
        installer(Map.of("HOME", home.toString()), List.of(loader)).install(Shell.BASH, out);

    Path expected = home.resolve(".local/share/bash-completion/completions/rp");
    assertThat(installation.script()).isEqualTo(expected);
    assertThat(Files.readString(expected)).contains("complete -F _complete_rp");
    assertThat(home.resolve(".bashrc")).doesNotExist();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Wrote the bash completion of rp to " + expected)
        .contains("source " + expected);
  }

  @Test
  void bash_withoutBashCompletion_addsBashrcLineOnce() throws IOException {
    Files.writeString(home.resolve(".bashrc"), "alias ll='ls -l'");
    CompletionInstaller installer =
        installer(Map.of("HOME", home.toString()), List.of(home.resolve("absent")));

    installer.install(Shell.BASH, out);
    installer.install(Shell.BASH, out);

    String bashrc = Files.readString(home.resolve(".bashrc"));
    assertThat(bashrc).startsWith("alias ll='ls -l'\n[ -f '");
    assertThat(bashrc.split(CompletionInstaller.BASHRC_MARKER, -1)).hasSize(2);
  }

  @Test
  void bash_honoursXdgDataHome() {
    Path data = home.resolve("data");
    var installation =
        installer(Map.of("HOME", home.toString(), "XDG_DATA_HOME", data.toString()), List.of())
            .install(Shell.BASH, out);

    assertThat(installation.script()).isEqualTo(data.resolve("bash-completion/completions/rp"));
  }

  @Test
  void zsh_writesZfuncAndFpathHint() throws IOException {
    var installation =
        installer(Map.of("HOME", home.toString()), List.of()).install(Shell.ZSH, out);

    assertThat(installation.script()).isEqualTo(home.resolve(".zfunc/_rp"));
    assertThat(Files.readString(installation.script())).startsWith("#compdef rp\n");
    assertThat(installation.messages()).contains("  fpath=(~/.zfunc $fpath)");
  }

  @Test
  void fish_writesConfigCompletions() throws IOException {
    var installation =
        installer(Map.of("HOME", home.toString()), List.of()).install(Shell.FISH, out);

    assertThat(installation.script()).isEqualTo(home.resolve(".config/fish/completions/rp.fish"));
    assertThat(Files.readString(installation.script())).contains("function __rp_state");
  }
}

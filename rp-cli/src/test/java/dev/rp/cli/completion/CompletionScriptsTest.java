package dev.rp.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rp.cli.CliContext;
import dev.rp.cli.Main;
import dev.rp.cli.output.Terminal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompletionScriptsTest {

  @TempDir Path dir;

  private static CommandLine root() {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    return Main.commandLine(new CliContext(Map.of(), Terminal.none(), nowhere, nowhere));
  }

  /** Returns whether {@code shell} is installed, by running it with {@code -c true}. */
  private static boolean installed(String shell) {
    try {
      Process process = new ProcessBuilder(shell, "-c", "true").start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Runs {@code shell -n} on {@code script} and returns the exit code and diagnostics. */
  private String checkSyntax(String shell, String script) throws Exception {
    Path file = Files.writeString(dir.resolve("rp." + shell), script);
    Process process =
        new ProcessBuilder(shell, "-n", file.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return process.exitValue() + " " + output;
  }

  @Test
  void bash_isValidSyntax() throws Exception {
    assertThat(checkSyntax("bash", CompletionScripts.bash(root()))).isEqualTo("0 ");
  }

  @Test
  void bash_callsRpForNames() {
    String script = CompletionScripts.bash(root());

    assertThat(script).contains("$(rp __complete aliases 2>/dev/null)");
    assertThat(script).contains("$(rp __complete templates 2>/dev/null)");
    assertThat(script)
        .doesNotContain(AliasCandidates.MARKER)
        .doesNotContain(TemplateCandidates.MARKER);
  }

  @Test
  void bash_omitsHiddenCommands() {
    assertThat(CompletionScripts.bash(root())).doesNotContain("__json-check");
  }

  @Test
  void zsh_isValidSyntax() throws Exception {
    assumeTrue(installed("zsh"), "zsh is not installed");

    assertThat(checkSyntax("zsh", CompletionScripts.zsh(root()))).isEqualTo("0 ");
  }

  @Test
  void zsh_isAutoloadable() {
    String script = CompletionScripts.zsh(root());

    assertThat(script).startsWith("#compdef rp\n");
    assertThat(script).doesNotContain("alias compopt=complete");
    assertThat(script).endsWith("_bash_complete -o default -F _complete_rp\n");
  }

  @Test
  void fish_isValidSyntax() throws Exception {
    assumeTrue(installed("fish"), "fish is not installed");

    assertThat(checkSyntax("fish", CompletionScripts.generate(Shell.FISH, root()))).isEqualTo("0 ");
  }

  @Test
  void fish_completesEachCommandPath() {
    String script = CompletionScripts.generate(Shell.FISH, root());

    assertThat(script).contains("-n '__rp_at \"rp\" 0' -a 'create'");
    assertThat(script).contains("-n '__rp_at \"rp template\" 0' -a 'delete'");
    assertThat(script)
        .contains("-n '__rp_at \"rp start\" 0' -a '(rp __complete aliases 2>/dev/null)'");
    assertThat(script).contains("-n '__rp_at \"rp create\"' -l cloud -x -a 'SECURE COMMUNITY'");
    assertThat(script).contains("'rp stop --at'");
    assertThat(script).doesNotContain("__complete'").doesNotContain("__json-check");
  }

  @Test
  void fish_completesNamesOnlyAtTheirPosition() throws Exception {
    assumeTrue(installed("fish"), "fish is not installed");
    Path script =
        Files.writeString(dir.resolve("rp.fish"), CompletionScripts.generate(Shell.FISH, root()));
    // A fish function named rp replaces the real rp __complete, so no JVM starts.
    String stub = "function rp; printf '%s\\n' dev-1 dev-2; end; ";

    assertThat(fish(stub + "source " + script + "; complete -C 'rp start '"))
        .isEqualTo("dev-1\ndev-2\n");
    assertThat(fish(stub + "source " + script + "; complete -C 'rp stop --at 22:00 '"))
        .isEqualTo("dev-1\ndev-2\n");
    assertThat(fish(stub + "source " + script + "; complete -C 'rp cursor dev-1 '")).isEmpty();
  }

  private static String fish(String command) throws Exception {
    Process process = new ProcessBuilder("fish", "-c", command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return output;
  }

  @Test
  void quote_escapesQuotesAndBackslashes() {
    assertThat(FishCompletion.quote("it's a\\b")).isEqualTo("'it\\'s a\\\\b'");
  }
}

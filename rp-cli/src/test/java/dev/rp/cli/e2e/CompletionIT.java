package dev.rp.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.e2e.RpProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionIT {

  private static final String PODS_JSON =
      "{\"aliases\":{},\"pod_metadata\":{"
          + "\"train-1\":{\"pod_id\":\"p1\",\"config\":{}},"
          + "\"dev-1\":{\"pod_id\":\"p2\",\"config\":{\"path\":\"/workspace\"}}},"
          + "\"pod_templates\":{\"ml\":{\"identifier\":\"ml\",\"alias_template\":\"ml-{i}\","
          + "\"gpu_spec\":\"2xA100\",\"storage_spec\":\"1TB\"}}}";

  @TempDir Path home;

  private RpProcess rpWithTwoAliases() throws IOException {
    Path config = Files.createDirectories(home.resolve(".config/rp"));
    Files.writeString(config.resolve("pods.json"), PODS_JSON);
    return new RpProcess(home);
  }

  @Test
  void complete_printsAliasesFromHome() throws IOException {
    Result result = rpWithTwoAliases().run("__complete", "aliases");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).isEqualTo("dev-1\ntrain-1\n");
  }

  @Test
  void complete_printsTemplatesWithBuiltIns() throws IOException {
    Result result = rpWithTwoAliases().run("__complete", "templates");

    assertThat(result.stdout()).isEqualTo("2h100\n5090\na40\nh100\nml\n");
  }

  @Test
  void installCompletion_detectsShellFromEnvironment() throws IOException {
    RpProcess rp = rpWithTwoAliases();
    rp.env().put("SHELL", "/usr/bin/fish");

    Result result = rp.run("--install-completion");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).contains("Wrote the fish completion of rp to " + home);
    assertThat(home.resolve(".config/fish/completions/rp.fish")).exists();
  }

  @Test
  void bashCompletion_completesStartWithAliases() throws Exception {
    RpProcess rp = rpWithTwoAliases();
    Result installed = rp.run("--install-completion", "bash");
    assertThat(installed.exitCode()).as(installed.describe()).isZero();
    Path script = home.resolve(".local/share/bash-completion/completions/rp");

    String completions =
        bash(
            "source '"
                + script
                + "' 2>/dev/null\n"
                + "COMP_WORDS=(rp start ''); COMP_CWORD=2; COMP_LINE='rp start '\n"
                + "COMP_POINT=${#COMP_LINE}\n"
                + "_complete_rp rp '' start 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n");

    assertThat(completions).isEqualTo("dev-1\ntrain-1\n");
  }

  @Test
  void bashCompletion_completesSubcommandNames() throws Exception {
    RpProcess rp = rpWithTwoAliases();
    rp.run("--install-completion", "bash");
    Path script = home.resolve(".local/share/bash-completion/completions/rp");

    String completions =
        bash(
            "source '"
                + script
                + "' 2>/dev/null\n"
                + "COMP_WORDS=(rp template ''); COMP_CWORD=2\n"
                + "_complete_rp 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\" | sort\n");

    assertThat(completions).isEqualTo("create\ndelete\nlist\n");
  }

  /** Runs {@code script} in a real bash with the launcher's folder first on the PATH. */
  private String bash(String script) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", script);
    builder.environment().put("HOME", home.toString());
    builder.environment().remove("RP_CONFIG_DIR");
    builder.environment().remove("XDG_CONFIG_HOME");
    String path = RpProcess.launcher().getParent() + ":" + System.getenv("PATH");
    builder.environment().put("PATH", path);
    Process process = builder.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output;
  }
}

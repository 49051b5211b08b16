package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rp.MissingApiKeyException;
import dev.rp.cli.output.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliContextTest {

  @TempDir Path home;

  @Test
  void apiClient_noKeyNoTerminal_namesUserSources() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    CliContext context =
        new CliContext(Map.of("HOME", home.toString()), Terminal.none(), sink, sink);

    MissingApiKeyException missing =
        catchThrowableOfType(MissingApiKeyException.class, context::apiClient);

    assertThat(missing.sourcesTried()).hasSize(2);
    assertThat(missing.getMessage())
        .startsWith(
            "No RunPod API key found: environment variable RUNPOD_API_KEY is not set; key file ")
        .contains(home.resolve(".config/rp/runpod_api_key").toString())
        .doesNotContain("RunPod.builder()")
        .endsWith(
            ". Set it with export RUNPOD_API_KEY=..., or run rp on a terminal once to type it in"
                + " and save it to the key file.");
  }
}

package dev.rp.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionNamesTest {

  @TempDir Path home;

  private RunPodClient client;

  private RunPodClient clientWithPodsJson(String json) throws IOException {
    Path configDir = Files.createDirectories(home.resolve(".config/rp"));
    Files.writeString(configDir.resolve("pods.json"), json);
    return clientWithoutFiles();
  }

  private RunPodClient clientWithoutFiles() {
    // An unreachable URL: completion must never send a request.
    client =
        RunPod.builder()
            .environment(Map.of("HOME", home.toString()))
            .baseUrl("http://127.0.0.1:9")
            .build();
    return client;
  }

  @AfterEach
  void tearDown() {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void aliases_joinMetadataAndLegacyAliases() throws IOException {
    RunPodClient rp =
        clientWithPodsJson(
            "{\"aliases\":{\"old-1\":\"p0\",\"dev-1\":\"p1\"},"
                + "\"pod_metadata\":{\"dev-2\":{\"pod_id\":\"p2\"},\"dev-1\":{\"pod_id\":\"p1\"}}}");

    assertThat(CompletionNames.aliases(rp)).containsExactly("dev-1", "dev-2", "old-1");
  }

  @Test
  void templates_includeBuiltIns() throws IOException {
    RunPodClient rp =
        clientWithPodsJson(
            "{\"pod_templates\":{\"ml\":{\"identifier\":\"ml\",\"alias_template\":\"ml-{i}\","
                + "\"gpu_spec\":\"A40\",\"storage_spec\":\"1TB\"}}}");

    assertThat(CompletionNames.templates(rp)).containsExactly("2h100", "5090", "a40", "h100", "ml");
  }

  @Test
  void missingFile_givesBuiltInsOnly() {
    RunPodClient rp = clientWithoutFiles();

    assertThat(CompletionNames.aliases(rp)).isEmpty();
    assertThat(CompletionNames.templates(rp)).containsExactly("2h100", "5090", "a40", "h100");
  }

  @Test
  void corruptFile_givesNoAliases() throws IOException {
    RunPodClient rp = clientWithPodsJson("{\"pod_metadata\": [unclosed");

    assertThat(CompletionNames.aliases(rp)).isEmpty();
    assertThat(CompletionNames.templates(rp)).containsExactly("2h100", "5090", "a40", "h100");
  }

  @Test
  void wrongShape_givesNoAliases() throws IOException {
    RunPodClient rp = clientWithPodsJson("[1, 2]");

    assertThat(CompletionNames.aliases(rp)).isEmpty();
  }
}

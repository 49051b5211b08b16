package dev.rp.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionNamesTest {

  @TempDir Path dir;

  private Path podsFile(String json) throws IOException {
    return Files.writeString(dir.resolve("pods.json"), json);
  }

  @Test
  void aliases_joinMetadataAndLegacyAliases() throws IOException {
    Path file =
        podsFile(
            "{\"aliases\":{\"old-1\":\"p0\",\"dev-1\":\"p1\"},"
                + "\"pod_metadata\":{\"dev-2\":{\"pod_id\":\"p2\"},\"dev-1\":{\"pod_id\":\"p1\"}}}");

    assertThat(CompletionNames.aliases(file)).containsExactly("dev-1", "dev-2", "old-1");
  }

  @Test
  void templates_includeBuiltIns() throws IOException {
    Path file = podsFile("{\"pod_templates\":{\"ml\":{\"identifier\":\"ml\"}}}");

    assertThat(CompletionNames.templates(file))
        .containsExactly("2h100", "5090", "a40", "h100", "ml");
  }

  @Test
  void missingFile_givesNoAliases() {
    Path file = dir.resolve("absent.json");

    assertThat(CompletionNames.aliases(file)).isEmpty();
    assertThat(CompletionNames.templates(file))
        .isEqualTo(CompletionNames.BUILT_IN_TEMPLATES.stream().sorted().toList());
  }

  @Test
  void corruptFile_givesNoAliases() throws IOException {
    assertThat(CompletionNames.aliases(podsFile("{\"pod_metadata\": [unclosed"))).isEmpty();
    assertThat(CompletionNames.aliases(podsFile("[1, 2]"))).isEmpty();
  }
}

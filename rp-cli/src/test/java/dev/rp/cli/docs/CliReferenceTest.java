package dev.rp.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliReferenceTest {
  // Surefire runs in the module folder, so the repository root is one level up.
  private static final Path REFERENCE = Path.of("../docs/cli.md");

  @Test
  void reference_matchesCommandModel() throws Exception {
    String expected = CliReference.render();

    assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
        .as("docs/cli.md is stale; regenerate it with scripts/cli-reference")
        .isEqualTo(expected);
  }

  @Test
  void reference_coversEveryCommandOfThePythonRp() {
    String reference = CliReference.render();

    for (String command :
        new String[] {
          "rp create",
          "rp start",
          "rp stop",
          "rp destroy",
          "rp track",
          "rp untrack",
          "rp list",
          "rp show",
          "rp clean",
          "rp cursor",
          "rp shell",
          "rp config",
          "rp template create",
          "rp template list",
          "rp template delete",
          "rp schedule list",
          "rp schedule cancel",
          "rp schedule clean",
          "rp scheduler-tick"
        }) {
      assertThat(reference).contains("`" + command + "`");
    }
  }
}

package dev.rp.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.InvalidInputException;
import dev.rp.MissingApiKeyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

  private static final String EXPLICIT = "rpa_EXPLICIT0000000000";
  private static final String FROM_ENV = "rpa_ENVIRONMENT00000000";
  private static final String FROM_FILE = "rpa_KEYFILE000000000000";

  @TempDir Path dir;
  private Path keyFile;
  private FileApiKeyStore fileStore;

  @BeforeEach
  void setUp() {
    keyFile = dir.resolve("runpod_api_key");
    fileStore = new FileApiKeyStore(keyFile);
  }

  @Nested
  @DisplayName("precedence")
  class Precedence {

    @Test
    void resolve_explicitKey_winsOverEnvironmentAndFile() {
      fileStore.write(FROM_FILE);

      ResolvedApiKey key = ApiKeys.resolve(EXPLICIT, Map.of("RUNPOD_API_KEY", FROM_ENV), fileStore);

      assertThat(key.key()).isEqualTo(EXPLICIT);
      assertThat(key.source()).isEqualTo("the key passed to RunPod.builder().apiKey()");
    }

    @Test
    void resolve_environment_winsOverFile() {
      fileStore.write(FROM_FILE);

      ResolvedApiKey key = ApiKeys.resolve(null, Map.of("RUNPOD_API_KEY", FROM_ENV), fileStore);

      assertThat(key.key()).isEqualTo(FROM_ENV);
      assertThat(key.source()).isEqualTo("environment variable RUNPOD_API_KEY");
    }

    @Test
    void resolve_onlyFile_usesFile() {
      fileStore.write(FROM_FILE);

      ResolvedApiKey key = ApiKeys.resolve(null, Map.of(), fileStore);

      assertThat(key.key()).isEqualTo(FROM_FILE);
      assertThat(key.source()).isEqualTo("key file " + keyFile);
    }

    @Test
    void resolve_blankExplicitAndEnvironment_fallThrough() {
      fileStore.write(FROM_FILE);

      ResolvedApiKey key = ApiKeys.resolve("  ", Map.of("RUNPOD_API_KEY", "\n"), fileStore);

      assertThat(key.key()).isEqualTo(FROM_FILE);
    }

    @Test
    void resolve_keyWithWhitespace_isTrimmed() {
      ResolvedApiKey key = ApiKeys.resolve(" " + EXPLICIT + "\r\n", Map.of(), fileStore);

      assertThat(key.key()).isEqualTo(EXPLICIT);
    }
  }

  @Nested
  @DisplayName("missing key")
  class Missing {

    @Test
    void resolve_noSource_listsEverySourceInOrder() {
      assertThatThrownBy(() -> ApiKeys.resolve(null, Map.of(), fileStore))
          .isInstanceOfSatisfying(
              MissingApiKeyException.class,
              e ->
                  assertThat(e.sourcesTried())
                      .containsExactly(
                          "no key passed to RunPod.builder().apiKey()",
                          "environment variable RUNPOD_API_KEY is not set",
                          "key file " + keyFile + " does not exist"))
          .hasMessageContaining("Tried: no key passed to RunPod.builder().apiKey();");
    }

    @Test
    void resolve_blankSources_sayTheyAreBlank() throws IOException {
      Files.writeString(keyFile, "\n");

      assertThatThrownBy(() -> ApiKeys.resolve("", Map.of("RUNPOD_API_KEY", " "), fileStore))
          .isInstanceOfSatisfying(
              MissingApiKeyException.class,
              e ->
                  assertThat(e.sourcesTried())
                      .containsExactly(
                          "the key passed to RunPod.builder().apiKey() is blank",
                          "environment variable RUNPOD_API_KEY is blank",
                          "key file " + keyFile + " is empty"));
    }

    @Test
    void resolve_emptyOtherStore_namesItsDescription() {
      ApiKeyStore memory = Stores.inMemory().apiKey();

      assertThatThrownBy(() -> ApiKeys.resolve(null, Map.of(), memory))
          .isInstanceOfSatisfying(
              MissingApiKeyException.class,
              e -> assertThat(e.sourcesTried()).last().isEqualTo("in-memory key store has no key"));
    }
  }

  @Nested
  @DisplayName("unusable characters")
  class UnusableCharacters {

    @Test
    void resolve_environmentKeyWithLineBreak_isRejectedWithoutTheKey() {
      String key = "rpa_FIRSTLINE0000\nrpa_SECONDLINE000";

      assertThatThrownBy(() -> ApiKeys.resolve(null, Map.of("RUNPOD_API_KEY", key), fileStore))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("environment variable RUNPOD_API_KEY")
          .hasMessageContaining("line break")
          .hasMessageNotContaining("FIRSTLINE")
          .hasMessageNotContaining("SECONDLINE");
    }

    @Test
    void resolve_keyFileWithNulByte_isRejectedWithoutTheKey() throws IOException {
      Files.writeString(keyFile, "rpa_KEYFILE0000\u0000\n");

      assertThatThrownBy(() -> ApiKeys.resolve(null, Map.of(), fileStore))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("key file " + keyFile)
          .hasMessageContaining("character 16")
          .hasMessageNotContaining("KEYFILE0000");
    }

    @Test
    void resolve_explicitKeyWithNonAsciiLetter_isRejectedWithoutTheKey() {
      assertThatThrownBy(() -> ApiKeys.resolve("rpa_K\u00e9Y0000", Map.of(), fileStore))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("RunPod.builder().apiKey()")
          .hasMessageContaining("character 6")
          .hasMessageNotContaining("rpa_K");
    }
  }

  @Test
  void toString_showsSourceNotKey() {
    ResolvedApiKey key = ApiKeys.resolve(EXPLICIT, Map.of(), fileStore);

    assertThat(key.toString()).contains("RunPod.builder().apiKey()").doesNotContain(EXPLICIT);
  }

  @Test
  void resolve_debugLog_namesSourceNotKey() throws Exception {
    Files.writeString(keyFile, FROM_FILE + "\n");

    String fromFile = runResolveKeyMain(Map.of());
    String fromEnv = runResolveKeyMain(Map.of("RUNPOD_API_KEY", FROM_ENV));

    assertThat(fromFile)
        .contains("DEBUG")
        .contains("Using the RunPod API key from key file " + keyFile);
    assertThat(fromFile).doesNotContain(FROM_FILE);
    assertThat(fromEnv)
        .contains("Using the RunPod API key from environment variable RUNPOD_API_KEY");
    assertThat(fromEnv).doesNotContain(FROM_ENV).doesNotContain(FROM_FILE);
  }

  private String runResolveKeyMain(Map<String, String> environment) throws Exception {
    ProcessBuilder builder =
        JavaProcesses.java(
            ResolveKeyMain.class,
            List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug"),
            keyFile.toString());
    builder.environment().remove("RUNPOD_API_KEY");
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}

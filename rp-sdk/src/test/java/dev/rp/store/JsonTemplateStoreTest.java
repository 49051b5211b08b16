package dev.rp.store;

import static dev.rp.store.PythonRpFiles.PODS_JSON;
import static dev.rp.store.PythonRpFiles.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.StoreException;
import dev.rp.templates.PodTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTemplateStoreTest {

  @TempDir Path dir;
  private Path podsFile;
  private JsonTemplateStore store;

  static PodTemplate template(String identifier) {
    return PodTemplate.builder()
        .identifier(identifier)
        .aliasPattern(identifier + "-{i}")
        .gpuSpec("h100")
        .storageSpec("100GB")
        .build();
  }

  @BeforeEach
  void setUp() throws IOException {
    podsFile = dir.resolve("pods.json");
    store = new JsonTemplateStore(podsFile);
    Files.writeString(podsFile, PODS_JSON);
  }

  @Test
  void all_pythonFile_readsTemplatesWithAndWithoutConfig() {
    Map<String, PodTemplate> templates = store.all();

    assertThat(templates).containsOnlyKeys("ml-training", "old-style");
    PodTemplate training = templates.get("ml-training");
    assertThat(training.aliasPattern()).isEqualTo("ml-training-{i}");
    assertThat(training.gpuSpec()).isEqualTo("2xA100");
    assertThat(training.storageSpec()).isEqualTo("1TB");
    assertThat(training.containerDiskSpec()).isEmpty();
    assertThat(training.image()).isEmpty();
    assertThat(training.config()).containsExactly(Map.entry("path", "/workspace/train"));
    PodTemplate oldStyle = templates.get("old-style");
    assertThat(oldStyle.containerDiskSpec()).contains("20GB");
    assertThat(oldStyle.image()).contains("runpod/pytorch:2.8.0");
    assertThat(oldStyle.config()).isEmpty();
  }

  @Test
  void update_changedTemplate_keepsUnknownFieldsAndRest() throws IOException {
    store.update(
        templates ->
            templates.put(
                "ml-training",
                PodTemplate.builder()
                    .from(templates.get("ml-training"))
                    .gpuSpec("4xH100")
                    .build()));

    assertThat(Files.readString(podsFile)).isEqualTo(PODS_JSON.replace("2xA100", "4xH100"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void update_oldStyleTemplateChanged_gainsConfig() throws IOException {
    store.update(
        templates ->
            templates.put(
                "old-style",
                PodTemplate.builder()
                    .from(templates.get("old-style"))
                    .config(Map.of("path", "/w"))
                    .build()));

    Map<String, Object> expected = (Map<String, Object>) tree(PODS_JSON);
    Map<String, Object> oldStyle =
        (Map<String, Object>)
            ((Map<String, Object>) expected.get("pod_templates")).get("old-style");
    oldStyle.put("config", Map.of("path", "/w"));
    assertThat(tree(podsFile)).isEqualTo(expected);
  }

  @Test
  @SuppressWarnings("unchecked")
  void update_newTemplate_writesEveryPythonField() throws IOException {
    store.update(templates -> templates.put("t", template("t")));

    Map<String, Object> written = new LinkedHashMap<>();
    written.put("identifier", "t");
    written.put("alias_template", "t-{i}");
    written.put("gpu_spec", "h100");
    written.put("storage_spec", "100GB");
    written.put("container_disk_spec", null);
    written.put("image", null);
    written.put("config", Map.of());
    Map<String, Object> expected = (Map<String, Object>) tree(PODS_JSON);
    ((Map<String, Object>) expected.get("pod_templates")).put("t", written);
    assertThat(tree(podsFile)).isEqualTo(expected);
  }

  @Test
  @SuppressWarnings("unchecked")
  void update_removedTemplate_leavesAliasesAlone() throws IOException {
    store.update(templates -> templates.remove("old-style"));

    Map<String, Object> expected = (Map<String, Object>) tree(PODS_JSON);
    ((Map<String, Object>) expected.get("pod_templates")).remove("old-style");
    assertThat(tree(podsFile)).isEqualTo(expected);
  }

  @Test
  void update_missingGpuSpec_namesTemplateAndKeepsBytes() throws IOException {
    String broken =
        "{\n  \"pod_templates\": {\n    \"t\": {\"alias_template\": \"t-{i}\"}\n  }\n}\n";
    Files.writeString(podsFile, broken);

    assertThatThrownBy(() -> store.update(templates -> templates.remove("t")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("pod_templates.t at line 3, column 10 has no \"gpu_spec\" field");
    assertThat(Files.readString(podsFile)).isEqualTo(broken);
  }

  @Test
  void update_identifierOtherThanKey_isRejected() {
    assertThatThrownBy(() -> store.update(templates -> templates.put("a", template("b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key 'a' holds the template 'b'");
  }

  @Test
  void update_brokenAliasSection_doesNotBlockTemplates() throws IOException {
    Files.writeString(podsFile, "{\"aliases\": 5, \"pod_templates\": {}}");

    store.update(templates -> templates.put("t", template("t")));

    assertThat(store.all()).containsOnlyKeys("t");
    // The template store kept the bad value but rewrote the file, which moved it to line 2.
    assertThatThrownBy(() -> new JsonAliasStore(podsFile).all())
        .hasMessageContaining("aliases at line 2, column 14 must be an object but is a number");
  }
}

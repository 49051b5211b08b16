package dev.rp.store;

import static dev.rp.store.PythonRpFiles.PODS_JSON;
import static dev.rp.store.PythonRpFiles.mode;
import static dev.rp.store.PythonRpFiles.setMode;
import static dev.rp.store.PythonRpFiles.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonAliasStoreTest {

  @TempDir Path dir;
  private Path podsFile;
  private JsonAliasStore store;

  @BeforeEach
  void setUp() {
    podsFile = dir.resolve("config/rp/pods.json");
    store = new JsonAliasStore(podsFile);
  }

  private void writePythonFile() throws IOException {
    Files.createDirectories(podsFile.getParent());
    Files.writeString(podsFile, PODS_JSON);
  }

  @Test
  void all_pythonFile_mergesLegacyAndMetadata() throws IOException {
    writePythonFile();

    Map<String, PodAlias> aliases = store.all();

    assertThat(aliases).containsOnlyKeys("both-pod", "my-pod-1", "old-pod");
    assertThat(aliases.get("old-pod")).isEqualTo(PodAlias.of("old-pod", "legacy1234"));
    assertThat(aliases.get("both-pod")).isEqualTo(PodAlias.of("both-pod", "meta5678"));
    assertThat(aliases.get("my-pod-1").config())
        .containsExactly(Map.entry("path", "/workspace/myproject"));
  }

  @Test
  void all_missingFile_isEmpty() {
    assertThat(store.all()).isEmpty();
    assertThat(podsFile).doesNotExist();
  }

  @Test
  void update_pythonFile_changesOnlyThatAlias() throws IOException {
    writePythonFile();

    store.update(
        aliases ->
            aliases.put(
                "my-pod-1",
                PodAlias.builder()
                    .from(aliases.get("my-pod-1"))
                    .config(Map.of("path", "/workspace/other"))
                    .build()));

    Object expected = tree(PODS_JSON.replace("/workspace/myproject", "/workspace/other"));
    assertThat(tree(podsFile)).isEqualTo(expected);
    // Same layout as Python's json.dump(indent=2), and number literals such as 1.50 kept.
    assertThat(Files.readString(podsFile))
        .isEqualTo(PODS_JSON.replace("/workspace/myproject", "/workspace/other"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void update_legacyAlias_movesToPodMetadata() throws IOException {
    writePythonFile();

    store.update(aliases -> aliases.put("old-pod", PodAlias.of("old-pod", "new1234")));

    Map<String, Object> expected = (Map<String, Object>) tree(PODS_JSON);
    ((Map<String, Object>) expected.get("aliases")).remove("old-pod");
    ((Map<String, Object>) expected.get("pod_metadata"))
        .put("old-pod", Map.of("pod_id", "new1234", "config", Map.of()));
    assertThat(tree(podsFile)).isEqualTo(expected);
    assertThat(store.all().get("old-pod")).isEqualTo(PodAlias.of("old-pod", "new1234"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void update_removedAlias_leavesBothSections() throws IOException {
    writePythonFile();

    PodAlias removed = store.update(aliases -> aliases.remove("both-pod"));

    assertThat(removed.podId()).isEqualTo("meta5678");
    Map<String, Object> expected = (Map<String, Object>) tree(PODS_JSON);
    ((Map<String, Object>) expected.get("aliases")).remove("both-pod");
    ((Map<String, Object>) expected.get("pod_metadata")).remove("both-pod");
    assertThat(tree(podsFile)).isEqualTo(expected);
  }

  @Test
  @SuppressWarnings("unchecked")
  void update_newAlias_goesToPodMetadataOnly() throws IOException {
    writePythonFile();

    store.update(
        aliases ->
            aliases.put(
                "new-pod",
                PodAlias.builder().alias("new-pod").podId("abc").putConfig("path", "/w").build()));

    Map<String, Object> expected = (Map<String, Object>) tree(PODS_JSON);
    ((Map<String, Object>) expected.get("pod_metadata"))
        .put("new-pod", Map.of("pod_id", "abc", "config", Map.of("path", "/w")));
    assertThat(tree(podsFile)).isEqualTo(expected);
  }

  @Test
  void update_configWithOtherTypes_keepsThem() throws IOException {
    Files.createDirectories(podsFile.getParent());
    Files.writeString(
        podsFile,
        "{\"pod_metadata\": {\"p\": {\"pod_id\": \"x\", \"config\": {\"path\": \"/a\", \"gpus\": 2}}}}");

    assertThat(store.all().get("p").config()).containsExactly(Map.entry("path", "/a"));
    store.update(
        aliases ->
            aliases.put(
                "p",
                PodAlias.builder().from(aliases.get("p")).config(Map.of("path", "/b")).build()));

    assertThat(tree(podsFile))
        .isEqualTo(
            tree(
                "{\"pod_metadata\": {\"p\": {\"pod_id\": \"x\", \"config\": {\"path\": \"/b\", \"gpus\": 2}}}}"));
  }

  @Test
  void update_missingFile_writesPythonShape() throws IOException {
    store.update(aliases -> aliases.put("a", PodAlias.of("a", "pod1")));

    assertThat(Files.readString(podsFile))
        .isEqualTo(
            """
            {
              "aliases": {},
              "pod_metadata": {
                "a": {
                  "pod_id": "pod1",
                  "config": {}
                }
              },
              "scheduled_tasks": [],
              "pod_templates": {}
            }
            """);
    assertThat(mode(podsFile)).isEqualTo("rw-------");
    assertThat(mode(podsFile.getParent())).isEqualTo("rwx------");
    assertThat(mode(podsFile.getParent().getParent())).isEqualTo("rwx------");
  }

  @Test
  void update_noChange_writesNothing() throws IOException {
    store.update(aliases -> aliases.size());
    assertThat(podsFile).doesNotExist();

    writePythonFile();
    FileTime old = FileTime.fromMillis(946_684_800_000L);
    Files.setLastModifiedTime(podsFile, old);
    store.update(aliases -> aliases.put("old-pod", PodAlias.of("old-pod", "legacy1234")));

    assertThat(Files.getLastModifiedTime(podsFile)).isEqualTo(old);
  }

  @Test
  void update_existingFileMode_isKept() throws IOException {
    writePythonFile();
    setMode(podsFile, "rw-r-----");

    store.update(aliases -> aliases.remove("old-pod"));

    assertThat(mode(podsFile)).isEqualTo("rw-r-----");
  }

  @Test
  void update_truncatedFile_reportsPositionAndKeepsBytes() throws IOException {
    Files.createDirectories(podsFile.getParent());
    String truncated = "{\n  \"aliases\": {\n    \"a\": \"b\",\n";
    Files.writeString(podsFile, truncated);

    assertThatThrownBy(() -> store.update(aliases -> aliases.put("c", PodAlias.of("c", "d"))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(podsFile.toString())
        .hasMessageContaining("invalid JSON at line 4, column 1")
        .hasMessageContaining("but found the end of the file");
    assertThatThrownBy(store::all).isInstanceOf(StoreException.class);
    assertThat(Files.readString(podsFile)).isEqualTo(truncated);
  }

  @Test
  void update_duplicateAlias_isReportedAndKeepsBytes() throws IOException {
    Files.createDirectories(podsFile.getParent());
    String duplicated =
        "{\"pod_metadata\": {\"x\": {\"pod_id\": \"p1\"}, \"x\": {\"pod_id\": \"p2\"}}}\n";
    Files.writeString(podsFile, duplicated);

    assertThatThrownBy(() -> store.update(aliases -> aliases.put("c", PodAlias.of("c", "d"))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(podsFile.toString())
        .hasMessageContaining("'x' appears twice");
    assertThat(Files.readString(podsFile)).isEqualTo(duplicated);
  }

  @Test
  void update_podIdNotString_reportsPathAndKeepsBytes() throws IOException {
    Files.createDirectories(podsFile.getParent());
    String wrongType =
        "{\n  \"pod_metadata\": {\n    \"x\": {\n      \"pod_id\": 123\n    }\n  }\n}\n";
    Files.writeString(podsFile, wrongType);

    assertThatThrownBy(() -> store.update(aliases -> aliases.remove("x")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(podsFile.toString())
        .hasMessageContaining("pod_metadata.x.pod_id at line 4, column 17")
        .hasMessageContaining("must be a string but is a number");
    assertThat(Files.readString(podsFile)).isEqualTo(wrongType);
  }

  @Test
  void update_aliasesNotObject_reportsPathAndKeepsBytes() throws IOException {
    Files.createDirectories(podsFile.getParent());
    String wrongType = "{\n  \"aliases\": [\"a\"]\n}\n";
    Files.writeString(podsFile, wrongType);

    assertThatThrownBy(() -> store.update(aliases -> aliases.put("c", PodAlias.of("c", "d"))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("aliases at line 2, column 14 must be an object but is an array")
        .satisfies(
            e -> assertThat(((StoreException) e).path()).contains(podsFile.toAbsolutePath()));
    assertThat(Files.readString(podsFile)).isEqualTo(wrongType);
  }

  @Test
  void update_podIdMissing_namesTheEntry() throws IOException {
    Files.createDirectories(podsFile.getParent());
    Files.writeString(podsFile, "{\"pod_metadata\": {\"my pod\": {\"config\": {}}}}");

    assertThatThrownBy(store::all)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(
            "pod_metadata[\"my pod\"] at line 1, column 29 has no \"pod_id\" field");
  }

  @Test
  void update_topLevelArray_isRejected() throws IOException {
    Files.createDirectories(podsFile.getParent());
    Files.writeString(podsFile, "[]");

    assertThatThrownBy(store::all)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("the top-level value at line 1, column 1 must be an object");
  }

  @Test
  void update_changeThrows_savesNothing() throws IOException {
    writePythonFile();
    IllegalStateException failure = new IllegalStateException("change failed");

    assertThatThrownBy(
            () ->
                store.update(
                    aliases -> {
                      aliases.clear();
                      throw failure;
                    }))
        .isSameAs(failure);
    assertThat(Files.readString(podsFile)).isEqualTo(PODS_JSON);
  }

  @Test
  void update_keyOtherThanAlias_isRejected() throws IOException {
    writePythonFile();

    assertThatThrownBy(() -> store.update(aliases -> aliases.put("x", PodAlias.of("y", "pod"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key 'x' holds the alias 'y'");
    assertThat(Files.readString(podsFile)).isEqualTo(PODS_JSON);
  }

  @Test
  void update_insideUpdate_isRejected() throws IOException {
    writePythonFile();
    JsonAliasStore other = new JsonAliasStore(podsFile);

    assertThatThrownBy(
            () ->
                store.update(
                    aliases -> other.update(inner -> inner.put("x", PodAlias.of("x", "p")))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside another update");
    assertThat(Files.readString(podsFile)).isEqualTo(PODS_JSON);
  }

  @Test
  void update_templatesWrittenMeanwhile_areKept() {
    JsonTemplateStore templates = new JsonTemplateStore(podsFile);

    store.update(aliases -> aliases.put("a", PodAlias.of("a", "pod1")));
    templates.update(all -> all.put("t", JsonTemplateStoreTest.template("t")));
    store.update(aliases -> aliases.put("b", PodAlias.of("b", "pod2")));

    assertThat(store.all()).containsOnlyKeys("a", "b");
    assertThat(templates.all()).containsOnlyKeys("t");
  }

  @Test
  void all_snapshot_isUnmodifiable() throws IOException {
    writePythonFile();

    assertThatThrownBy(() -> store.all().remove("old-pod"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

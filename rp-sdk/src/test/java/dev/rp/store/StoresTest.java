package dev.rp.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.RpPaths;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresTest {

  @TempDir Path dir;

  private RpPaths paths() {
    return RpPaths.fromEnvironment(
        Map.of("HOME", dir.toString(), "RP_CONFIG_DIR", dir.resolve("rp").toString()));
  }

  @Test
  void jsonFiles_storesUseThePathsFiles() {
    Stores stores = Stores.jsonFiles(paths());

    stores.aliases().update(aliases -> aliases.put("a", PodAlias.of("a", "pod1")));
    stores.apiKey().write("rpa_SECRET");

    assertThat(paths().podsFile()).exists();
    assertThat(paths().apiKeyFile()).exists();
    assertThat(paths().scheduleFile()).doesNotExist();
    assertThat(stores.apiKey().description()).isEqualTo("key file " + paths().apiKeyFile());
    assertThat(stores.toString())
        .contains(paths().podsFile().toString(), paths().scheduleFile().toString())
        .doesNotContain("rpa_SECRET");
  }

  @Test
  void inMemory_storesAreIndependent() {
    Stores first = Stores.inMemory();
    Stores second = Stores.inMemory();

    first.aliases().update(aliases -> aliases.put("a", PodAlias.of("a", "pod1")));

    assertThat(first.aliases().all()).containsOnlyKeys("a");
    assertThat(second.aliases().all()).isEmpty();
    assertThat(first.tasks().all()).isEmpty();
    assertThat(first.templates().all()).isEmpty();
    assertThat(first.apiKey().read()).isEmpty();
  }

  @Test
  void builder_customAliasStore_takesRestFromDefaults() {
    AliasStore custom = new InMemoryAliasStore();
    Stores files = Stores.jsonFiles(paths());

    Stores mixed = Stores.builder().aliases(custom).defaults(files).build();

    assertThat(mixed.aliases()).isSameAs(custom);
    assertThat(mixed.templates()).isSameAs(files.templates());
    assertThat(mixed.tasks()).isSameAs(files.tasks());
    assertThat(mixed.apiKey()).isSameAs(files.apiKey());
  }

  @Test
  void builder_withoutDefaults_usesEnvironmentPaths() {
    ApiKeyStore key = new InMemoryApiKeyStore();

    Stores stores = Stores.builder().apiKey(key).build();

    assertThat(stores.apiKey()).isSameAs(key);
    assertThat(stores.aliases().toString())
        .contains(RpPaths.fromEnvironment().podsFile().toAbsolutePath().normalize().toString());
  }
}

package dev.rp.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.InvalidInputException;
import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.pods.ConfigChange;
import dev.rp.store.PodAlias;
import dev.rp.store.Stores;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AliasOperationsTest {
  private RunPodClient client;

  @BeforeEach
  void setUp() {
    client = RunPod.builder().apiKey("unused").stores(Stores.inMemory()).build();
    client
        .stores()
        .aliases()
        .update(
            aliases ->
                aliases.put(
                    "dev-1",
                    PodAlias.builder().alias("dev-1").podId("p1").putConfig("path", "/a").build()));
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void setConfig_reportsNewOverriddenAndCleared() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("path", "/b");
    values.put("data", "/d");
    values.put("gone", "");

    List<ConfigChange> changes = client.pods().alias("dev-1").setConfig(values);

    assertThat(changes)
        .containsExactly(
            ConfigChange.of("path", "/a", "/b"),
            ConfigChange.of("data", null, "/d"),
            ConfigChange.of("gone", null, null));
    assertThat(client.pods().alias("dev-1").config()).containsOnlyKeys("path", "data");
    assertThat(client.pods().alias("dev-1").config("path")).isEqualTo(Optional.of("/b"));
  }

  @Test
  void setConfig_invalidKey_savesNothing() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("data", "/d");
    values.put("bad key", "x");

    assertThatThrownBy(() -> client.pods().alias("dev-1").setConfig(values))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'bad key'");
    assertThat(client.pods().alias("dev-1").config()).containsOnlyKeys("path");
  }

  @Test
  void config_invalidKey_isRejected() {
    assertThatThrownBy(() -> client.pods().alias("dev-1").config("a=b"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'a=b'");
  }
}

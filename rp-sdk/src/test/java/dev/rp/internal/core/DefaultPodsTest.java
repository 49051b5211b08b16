package dev.rp.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.AlreadyExistsException;
import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.store.PodAlias;
import dev.rp.store.Stores;
import dev.rp.testing.FakeRunPod;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tracking pods through the public client while another writer changes the aliases. */
class DefaultPodsTest {
  @TempDir Path home;
  private FakeRunPod fake;
  private RacingAliasStore aliases;
  private RunPodClient client;

  @BeforeEach
  void setUp() {
    fake = FakeRunPod.start();
    aliases = new RacingAliasStore(Stores.inMemory().aliases());
    client =
        RunPod.builder()
            .apiKey(fake.apiKey())
            .baseUrl(fake.baseUrl())
            .environment(Map.of("HOME", home.toString()))
            .stores(Stores.builder().defaults(Stores.inMemory()).aliases(aliases).build())
            .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    fake.close();
  }

  @Test
  void track_aliasTakenMeanwhile_isRejectedAndKeepsOther() {
    String first = fake.addPod("first", "RUNNING");
    String second = fake.addPod("second", "RUNNING");
    aliases.beforeNextUpdate(current -> current.put("dev", PodAlias.of("dev", first)));

    assertThatThrownBy(() -> client.pods().track("dev", second, false))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("dev")
        .hasMessageContaining(first);
    assertThat(aliases.all().get("dev").podId()).isEqualTo(first);
  }
}

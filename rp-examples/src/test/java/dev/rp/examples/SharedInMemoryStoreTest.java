package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.store.PodAlias;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SharedInMemoryStoreTest {
  @RegisterExtension final ExampleFixture fixture = ExampleFixture.withoutSshd();

  @Test
  void run_twoClients_shareAliases() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    SharedInMemoryStore.run(
        fixture.builder(), new PrintStream(bytes, true, StandardCharsets.UTF_8), "shared-1");

    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(output).contains("Second client sees shared-1\n");
    assertThat(output).contains("After the second client destroyed it, the first sees []\n");
    assertThat(fixture.fake().pods()).isEmpty();
    assertThat(fixture.fake().count("POST", "/v2/pods")).isEqualTo(1);
    assertThat(fixture.configDir().resolve("pods.json")).doesNotExist();
  }

  @Test
  void mapAliasStore_changeThrows_savesNothing() {
    var store = new SharedInMemoryStore.MapAliasStore();
    PodAlias alias = PodAlias.builder().alias("a-1").podId("pod1").build();
    store.update(aliases -> aliases.put("a-1", alias));

    assertThatThrownBy(
            () ->
                store.update(
                    aliases -> {
                      aliases.remove("a-1");
                      throw new IllegalStateException("change failed");
                    }))
        .hasMessage("change failed");
    assertThat(store.all()).containsOnlyKeys("a-1");
  }

  @Test
  void mapAliasStore_all_isSortedSnapshot() {
    var store = new SharedInMemoryStore.MapAliasStore();
    store.update(
        aliases -> aliases.put("b-1", PodAlias.builder().alias("b-1").podId("p2").build()));
    store.update(
        aliases -> aliases.put("a-1", PodAlias.builder().alias("a-1").podId("p1").build()));

    var snapshot = store.all();
    store.update(aliases -> aliases.remove("a-1"));

    assertThat(snapshot.keySet()).containsExactly("a-1", "b-1");
    assertThatThrownBy(() -> snapshot.remove("b-1"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

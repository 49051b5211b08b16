package dev.rp.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryStateTest {

  @Test
  void update_changeThrows_keepsPreviousState() {
    AliasStore store = new InMemoryAliasStore();
    store.update(aliases -> aliases.put("a", PodAlias.of("a", "pod1")));

    assertThatThrownBy(
            () ->
                store.update(
                    aliases -> {
                      aliases.clear();
                      throw new IllegalStateException("change failed");
                    }))
        .hasMessage("change failed");
    assertThat(store.all()).containsOnlyKeys("a");
  }

  @Test
  void update_keyOtherThanAlias_keepsPreviousState() {
    AliasStore store = new InMemoryAliasStore();

    assertThatThrownBy(() -> store.update(aliases -> aliases.put("x", PodAlias.of("y", "pod"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.all()).isEmpty();
  }

  @Test
  void update_insideUpdate_isRejected() {
    TemplateStore store = new InMemoryTemplateStore();

    assertThatThrownBy(() -> store.update(outer -> store.update(inner -> inner.size())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside another update");
    int count = store.update(templates -> templates.size());
    assertThat(count).isZero();
  }

  @Test
  void all_snapshot_doesNotChangeWithStore() {
    TaskStore store = new InMemoryTaskStore();
    List<ScheduledTask> before = store.all();

    store.update(tasks -> tasks.add(task("t1")));

    assertThat(before).isEmpty();
    assertThat(store.all()).extracting(ScheduledTask::id).containsExactly("t1");
    assertThatThrownBy(() -> store.all().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void update_manyThreads_losesNoUpdate() throws Exception {
    AliasStore store = new InMemoryAliasStore();
    ExecutorService executor = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        int id = thread;
        futures.add(
            executor.submit(
                () -> {
                  for (int i = 0; i < 100; i++) {
                    String alias = "pod-" + id + "-" + i;
                    store.update(aliases -> aliases.put(alias, PodAlias.of(alias, "id")));
                  }
                }));
      }
      for (Future<?> future : futures) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      executor.shutdownNow();
    }

    assertThat(store.all()).hasSize(800);
  }

  @Test
  void apiKey_writeAndRead_trimsAndHidesKey() {
    ApiKeyStore store = new InMemoryApiKeyStore();
    assertThat(store.read()).isEmpty();

    store.write(" rpa_SECRET\n");

    assertThat(store.read()).contains("rpa_SECRET");
    assertThat(store.toString()).doesNotContain("rpa_SECRET");
    assertThat(store.description()).isEqualTo("in-memory key store");
  }

  private static ScheduledTask task(String id) {
    return ScheduledTask.builder()
        .id(id)
        .action(ScheduledTask.STOP)
        .alias("a")
        .when(Instant.EPOCH)
        .status(TaskStatus.PENDING)
        .createdAt(Instant.EPOCH)
        .build();
  }
}

package dev.rp.schedule;

import dev.rp.store.TaskStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Thread-safe in-memory {@link TaskStore} for tests: {@link #update} hands the change a mutable
 * copy and keeps it unless the change throws.
 */
final class TestTaskStore implements TaskStore {

  private List<ScheduledTask> tasks = List.of();
  private int updates;

  @Override
  public synchronized List<ScheduledTask> all() {
    return tasks;
  }

  @Override
  public synchronized <T> T update(Function<List<ScheduledTask>, T> change) {
    List<ScheduledTask> copy = new ArrayList<>(tasks);
    T result = change.apply(copy);
    tasks = List.copyOf(copy);
    updates++;
    return result;
  }

  /** Returns how many updates were saved. */
  synchronized int updates() {
    return updates;
  }

  /** Returns the task with {@code id}, failing the test when there is none. */
  synchronized ScheduledTask get(String id) {
    return tasks.stream()
        .filter(task -> task.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no task " + id));
  }
}

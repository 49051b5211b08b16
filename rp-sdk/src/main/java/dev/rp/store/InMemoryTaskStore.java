package dev.rp.store;

import dev.rp.schedule.ScheduledTask;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Thread-safe task store in memory, for tests and JShell. */
final class InMemoryTaskStore implements TaskStore {

  private final InMemoryState<List<ScheduledTask>> state =
      new InMemoryState<>(new ArrayList<>(), ArrayList::new, StoreChecks::checkTasks);

  @Override
  public List<ScheduledTask> all() {
    return List.copyOf(state.snapshot());
  }

  @Override
  public <T> T update(Function<List<ScheduledTask>, T> change) {
    return state.update(change);
  }

  @Override
  public String toString() {
    return "InMemoryTaskStore";
  }
}

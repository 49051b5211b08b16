package dev.rp.store;

import dev.rp.schedule.ScheduledTask;
import java.util.List;
import java.util.function.Function;

/**
 * Storage of scheduled tasks, in the order they were added.
 *
 * <p>Implementations make each {@link #update} atomic, as {@link AliasStore} does.
 */
public interface TaskStore {

  /** Returns a snapshot of all tasks. */
  List<ScheduledTask> all();

  /**
   * Applies {@code change} to the current tasks and saves the result in one atomic step.
   *
   * @return what {@code change} returned
   * @throws dev.rp.StoreException when the storage cannot be read or written
   */
  <T> T update(Function<List<ScheduledTask>, T> change);
}

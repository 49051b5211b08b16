package dev.rp.store;

import java.util.Map;
import java.util.function.Function;

/**
 * Storage of the aliases that track pods, with their per-pod configuration.
 *
 * <p>Implementations make each {@link #update} atomic with respect to every other reader and writer
 * of the same storage, including other processes for file-backed stores.
 */
public interface AliasStore {

  /** Returns a snapshot of all aliases, keyed and sorted by alias. */
  Map<String, PodAlias> all();

  /**
   * Applies {@code change} to the current aliases and saves the result in one atomic step.
   *
   * <p>{@code change} receives a mutable copy of the current aliases, read inside the lock; what it
   * leaves in the map is saved, unless it throws, in which case nothing is saved.
   *
   * @return what {@code change} returned
   * @throws dev.rp.StoreException when the storage cannot be read or written
   */
  <T> T update(Function<Map<String, PodAlias>, T> change);
}

package dev.rp.store;

import dev.rp.templates.PodTemplate;
import java.util.Map;
import java.util.function.Function;

/**
 * Storage of the user's pod templates. The built-in default templates are not stored here.
 *
 * <p>Implementations make each {@link #update} atomic, as {@link AliasStore} does.
 */
public interface TemplateStore {

  /** Returns a snapshot of all stored templates, keyed and sorted by identifier. */
  Map<String, PodTemplate> all();

  /**
   * Applies {@code change} to the current templates and saves the result in one atomic step.
   *
   * @return what {@code change} returned
   * @throws dev.rp.StoreException when the storage cannot be read or written
   */
  <T> T update(Function<Map<String, PodTemplate>, T> change);
}

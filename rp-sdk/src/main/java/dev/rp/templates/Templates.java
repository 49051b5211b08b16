package dev.rp.templates;

import java.util.List;
import java.util.Optional;

/**
 * Pod templates: the user's own, stored in a {@link dev.rp.store.TemplateStore}, and the built-in
 * defaults {@code h100}, {@code 2h100}, {@code 5090} and {@code a40}, which a user template of the
 * same identifier shadows.
 *
 * <p>No method here touches the network.
 */
public interface Templates {

  /** Returns every template, user templates in place of the defaults they shadow, by identifier. */
  List<PodTemplate> list();

  /**
   * Returns the template called {@code identifier}.
   *
   * @throws dev.rp.NotFoundLocallyException when there is none, listing the known identifiers
   */
  PodTemplate get(String identifier);

  /** Returns the template called {@code identifier}, if there is one. */
  Optional<PodTemplate> find(String identifier);

  /** Returns whether {@code identifier} names a built-in default that no user template shadows. */
  boolean isBuiltIn(String identifier);

  /**
   * Validates and saves {@code template} as a user template.
   *
   * @param replace whether to overwrite a user template with the same identifier
   * @return the saved template
   * @throws dev.rp.AlreadyExistsException when a user template has that identifier and {@code
   *     replace} is false
   * @throws dev.rp.InvalidInputException when the identifier, alias pattern, GPU spec, a size or a
   *     config key is invalid
   */
  PodTemplate save(PodTemplate template, boolean replace);

  /**
   * Deletes the user template called {@code identifier}; a default it shadowed shows again.
   *
   * @param missingOk whether a missing template is fine
   * @return whether a template was deleted
   * @throws dev.rp.NotFoundLocallyException when there is no such user template and {@code
   *     missingOk} is false
   * @throws dev.rp.InvalidInputException when {@code identifier} is a built-in default
   */
  boolean delete(String identifier, boolean missingOk);

  /** Returns the templates stored in {@code store}, with the built-in defaults. */
  static Templates of(dev.rp.store.TemplateStore store) {
    return new StoredTemplates(store);
  }

  /**
   * Returns the alias {@code template} gives its next pod: its pattern with the lowest number
   * {@code i >= 1} whose alias is not in {@code taken}.
   */
  static String nextAlias(PodTemplate template, java.util.Set<String> taken) {
    for (int i = 1; ; i++) {
      String alias = template.aliasPattern().replace(PodTemplate.NUMBER_PLACEHOLDER, "" + i);
      if (!taken.contains(alias)) {
        return alias;
      }
    }
  }
}

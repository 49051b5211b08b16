package dev.rp.store;

import dev.rp.schedule.ScheduledTask;
import dev.rp.templates.PodTemplate;
import java.util.List;
import java.util.Map;

/**
 * Checks that every store applies to what a change function leaves behind, before saving it.
 *
 * <p>A failed check throws {@link IllegalArgumentException}, a programming error of the caller, and
 * nothing is saved.
 */
final class StoreChecks {

  private StoreChecks() {}

  static void checkAliases(Map<String, PodAlias> aliases) {
    aliases.forEach(
        (key, alias) -> {
          if (alias == null) {
            throw new IllegalArgumentException("The alias map has no value for key '" + key + "'.");
          }
          if (!key.equals(alias.alias())) {
            throw new IllegalArgumentException(
                "The alias map key '"
                    + key
                    + "' holds the alias '"
                    + alias.alias()
                    + "'. Put each PodAlias under its own alias.");
          }
        });
  }

  static void checkTemplates(Map<String, PodTemplate> templates) {
    templates.forEach(
        (key, template) -> {
          if (template == null) {
            throw new IllegalArgumentException(
                "The template map has no value for key '" + key + "'.");
          }
          if (!key.equals(template.identifier())) {
            throw new IllegalArgumentException(
                "The template map key '"
                    + key
                    + "' holds the template '"
                    + template.identifier()
                    + "'. Put each PodTemplate under its own identifier.");
          }
        });
  }

  static void checkTasks(List<ScheduledTask> tasks) {
    for (int i = 0; i < tasks.size(); i++) {
      if (tasks.get(i) == null) {
        throw new IllegalArgumentException("The task list contains null at index " + i + ".");
      }
    }
  }
}

package dev.rp.cli.completion;

import dev.rp.RunPodClient;
import dev.rp.store.Stores;
import dev.rp.templates.PodTemplate;
import dev.rp.templates.Templates;
import java.util.List;

/**
 * Reads the alias and template names that Tab completes from the SDK's local stores, never from the
 * API.
 *
 * <p>A store that cannot be read, such as a {@code pods.json} that is not valid JSON, gives no
 * aliases and only the built-in templates, because completion must never print an error into the
 * user's command line.
 */
public final class CompletionNames {

  private CompletionNames() {}

  /** Returns the tracked aliases of {@code client}, sorted. */
  public static List<String> aliases(RunPodClient client) {
    try {
      return List.copyOf(client.stores().aliases().all().keySet());
    } catch (RuntimeException e) {
      // Any failure, even a bug, must leave the user's command line clean.
      return List.of();
    }
  }

  /** Returns the identifiers of the saved and built-in templates of {@code client}, sorted. */
  public static List<String> templates(RunPodClient client) {
    try {
      return identifiers(client.templates());
    } catch (RuntimeException e) {
      return identifiers(Templates.of(Stores.inMemory().templates()));
    }
  }

  private static List<String> identifiers(Templates templates) {
    return templates.list().stream().map(PodTemplate::identifier).toList();
  }
}

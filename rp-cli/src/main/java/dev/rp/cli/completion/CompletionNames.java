package dev.rp.cli.completion;

import dev.rp.cli.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the alias and template names that Tab completes from {@code pods.json}.
 *
 * <p>Aliases are the keys of {@code pod_metadata} and of the legacy {@code aliases}; templates are
 * the keys of {@code pod_templates} and the built-in templates. A missing or unreadable file gives
 * no aliases, because completion must never print an error into the user's command line.
 */
// NOTE: this reads pods.json directly because the SDK's stores were not available when it was
// written; it should call the SDK's AliasStore and TemplateStore, which own that format.
public final class CompletionNames {

  /** Templates every rp has without saving them. */
  public static final List<String> BUILT_IN_TEMPLATES = List.of("h100", "2h100", "5090", "a40");

  private CompletionNames() {}

  /** Returns the tracked aliases in {@code podsFile}, sorted. */
  public static List<String> aliases(Path podsFile) {
    Map<?, ?> root = read(podsFile);
    TreeSet<String> names = new TreeSet<>();
    addKeys(names, root.get("pod_metadata"));
    addKeys(names, root.get("aliases"));
    return List.copyOf(names);
  }

  /** Returns the saved templates in {@code podsFile} and the built-in ones, sorted. */
  public static List<String> templates(Path podsFile) {
    TreeSet<String> names = new TreeSet<>(BUILT_IN_TEMPLATES);
    addKeys(names, read(podsFile).get("pod_templates"));
    return List.copyOf(names);
  }

  private static Map<?, ?> read(Path podsFile) {
    try {
      Object root = Json.parse(Files.readString(podsFile, StandardCharsets.UTF_8));
      return root instanceof Map<?, ?> map ? map : Map.of();
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  private static void addKeys(TreeSet<String> names, Object section) {
    if (section instanceof Map<?, ?> map) {
      map.keySet().forEach(key -> names.add(String.valueOf(key)));
    }
  }
}

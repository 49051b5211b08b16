package dev.rp.templates;

import dev.rp.pods.PodCreation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Built-in templates for common GPU types, the same identifiers the Python rp ships.
 *
 * <p>They are read-only; a user template with the same identifier shadows one of them.
 */
final class DefaultTemplates {
  static final Map<String, PodTemplate> ALL =
      List.of(
              builtIn("h100", "h100"),
              builtIn("2h100", "2xh100"),
              builtIn("5090", "rtx5090"),
              builtIn("a40", "a40"))
          .stream()
          .collect(Collectors.toUnmodifiableMap(PodTemplate::identifier, Function.identity()));

  private DefaultTemplates() {}

  private static PodTemplate builtIn(String identifier, String gpuSpec) {
    return PodTemplate.builder()
        .identifier(identifier)
        .aliasPattern(identifier + "-{i}")
        .gpuSpec(gpuSpec)
        .storageSpec("500GB")
        .containerDiskSpec(PodCreation.DEFAULT_CONTAINER_DISK)
        .image(PodCreation.DEFAULT_IMAGE)
        .build();
  }
}

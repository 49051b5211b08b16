package dev.rp.templates;

import dev.rp.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Reusable pod configuration whose alias pattern numbers the pods made from it.
 *
 * <p>The specs stay as the user wrote them (such as {@code 2xA100} and {@code 1TB}) and are parsed
 * when a pod is created, exactly as the Python rp stores them.
 */
@Value.Immutable
@ValueStyle
public interface PodTemplate {

  /** Placeholder in {@link #aliasPattern()} that the next free number replaces. */
  String NUMBER_PLACEHOLDER = "{i}";

  /** Returns the template's identifier, such as {@code ml-training}. */
  String identifier();

  /** Returns the alias pattern, such as {@code ml-training-{i}}. */
  String aliasPattern();

  /** Returns the GPU spec, such as {@code 2xA100}. */
  String gpuSpec();

  /** Returns the volume size spec, such as {@code 1TB}. */
  String storageSpec();

  /** Returns the container disk size spec, absent for the default. */
  Optional<String> containerDiskSpec();

  /** Returns the container image, absent for the default. */
  Optional<String> image();

  /** Returns the configuration applied to every pod made from this template. */
  Map<String, String> config();

  /** Returns a builder of a template. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link PodTemplate}. */
  final class Builder extends ImmutablePodTemplate.Builder {}
}

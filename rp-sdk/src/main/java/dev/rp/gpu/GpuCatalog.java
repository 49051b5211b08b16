package dev.rp.gpu;

import dev.rp.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * RunPod's GPU types, with the rules that turn a {@link GpuSpec} into the type a create request
 * names.
 *
 * <pre>{@code
 * GpuCatalog catalog = GpuCatalog.of(gpuTypes);
 * GpuChoice choice = catalog.choose(GpuSpec.parse("2xH100"), Cloud.SECURE);
 * choice.gpuTypeId(); // "NVIDIA H100 NVL", the H100 with the most memory
 * }</pre>
 *
 * <p>A model matches a type by whole tokens (see {@link #matches}). Among several matches the
 * catalog prefers the most memory, then the higher secure price, because the pricier variant of a
 * family with equal memory is usually the faster one (SXM over PCIe), then the smaller id, so every
 * choice is deterministic and {@link GpuChoice#reason} can explain it.
 */
public final class GpuCatalog {

  /** Resolution order: most memory, then the higher secure price, then the smaller id. */
  static final Comparator<GpuType> PREFERENCE =
      Comparator.comparingInt(GpuType::memoryGb)
          .thenComparingDouble(GpuType::securePrice)
          .reversed()
          .thenComparing(GpuType::id);

  private final List<GpuType> types;

  private GpuCatalog(List<GpuType> types) {
    this.types = types;
  }

  /** Returns a catalog of {@code types}, such as those of {@code GET /v2/catalog/gpus}. */
  public static GpuCatalog of(List<GpuType> types) {
    return new GpuCatalog(List.copyOf(types));
  }

  /** Returns every type of the catalog in its original order. */
  public List<GpuType> types() {
    return types;
  }

  /**
   * Returns the types that {@code spec}'s model matches, the preferred one first.
   *
   * <p>A model that equals a type's id or name, ignoring case, matches that type only. Otherwise it
   * matches each type that has every token of the model in its id or name, tokens being the words
   * between spaces, hyphens and underscores, ignoring case. So {@code H100} matches {@code H100
   * SXM}, {@code H100 PCIe} and {@code H100 NVL}, {@code H100-SXM} matches only the first, and
   * {@code L4} never matches {@code L40}. A model without separators, such as {@code RTX4090}, also
   * matches a type whose id or name equals it once separators, and optionally leading vendor words
   * ({@code NVIDIA}, {@code GeForce}, {@code Tesla}, {@code AMD}), are removed.
   *
   * @return the matching types in resolution order, or an empty list when none matches
   */
  public List<GpuType> matches(GpuSpec spec) {
    String model = spec.model();
    List<GpuType> exact = types.stream().filter(type -> GpuNames.isExact(model, type)).toList();
    if (!exact.isEmpty()) {
      return exact.stream().sorted(PREFERENCE).toList();
    }
    return types.stream().filter(type -> GpuNames.matches(model, type)).sorted(PREFERENCE).toList();
  }

  /**
   * Chooses the type for a pod of {@code spec} in the secure cloud.
   *
   * @throws InvalidInputException as {@link #choose(GpuSpec, Cloud)} states
   */
  public GpuChoice choose(GpuSpec spec) {
    return choose(spec, Cloud.SECURE);
  }

  /**
   * Chooses the type for a pod of {@code spec} in {@code cloud}.
   *
   * <p>The candidates are the matches that {@code cloud} offers with a per-pod maximum of at least
   * the spec's count, and the preferred candidate is chosen. So {@code H100} in the community cloud
   * skips {@code H100 NVL}, which only the secure cloud offers.
   *
   * @throws InvalidInputException if no type matches the model (the message suggests the closest
   *     names), if {@code cloud} offers none of the matches (the message names the cloud that does,
   *     if any), or if the count exceeds the maximum of every offered match (the message names the
   *     maximum)
   */
  public GpuChoice choose(GpuSpec spec, Cloud cloud) {
    Objects.requireNonNull(cloud, "cloud");
    List<GpuType> matched = matches(spec);
    if (matched.isEmpty()) {
      throw unknownModel(spec);
    }
    List<GpuType> offered = matched.stream().filter(type -> type.offeredIn(cloud)).toList();
    if (offered.isEmpty()) {
      throw notOffered(spec, cloud, matched);
    }
    List<GpuType> fitting =
        offered.stream().filter(type -> type.maxCount(cloud) >= spec.count()).toList();
    if (fitting.isEmpty()) {
      throw tooMany(spec, cloud, offered);
    }
    return GpuChoice.builder()
        .gpuType(fitting.get(0))
        .count(spec.count())
        .cloud(cloud)
        .reason(ChoiceReasons.explain(spec, cloud, matched, fitting))
        .build();
  }

  private InvalidInputException unknownModel(GpuSpec spec) {
    List<String> closest = GpuSuggestions.closest(spec.model(), types, 5);
    String suggestion =
        closest.isEmpty()
            ? "The catalog lists no GPU types."
            : "Closest names in the catalog: " + String.join(", ", closest) + ".";
    return new InvalidInputException(
        "Unknown GPU model '"
            + spec.model()
            + "': no GPU type's id or name contains all its words. "
            + suggestion
            + " Use one of these names, or a word from one such as H100 or 4090.");
  }

  private static InvalidInputException notOffered(
      GpuSpec spec, Cloud cloud, List<GpuType> matched) {
    Cloud other = cloud == Cloud.SECURE ? Cloud.COMMUNITY : Cloud.SECURE;
    List<GpuType> elsewhere = matched.stream().filter(type -> type.offeredIn(other)).toList();
    String start =
        "GPU model '" + spec.model() + "' matched " + names(matched) + ", not offered in " + cloud;
    if (elsewhere.isEmpty()) {
      return new InvalidInputException(
          start + " nor in " + other + " right now. Choose another GPU model.");
    }
    return new InvalidInputException(
        start
            + ". The "
            + other
            + " cloud offers "
            + names(elsewhere)
            + ": request the "
            + other
            + " cloud or another GPU model.");
  }

  private static InvalidInputException tooMany(GpuSpec spec, Cloud cloud, List<GpuType> offered) {
    GpuType largest =
        offered.stream().max(Comparator.comparingInt(type -> type.maxCount(cloud))).orElseThrow();
    int max = largest.maxCount(cloud);
    return new InvalidInputException(
        "Invalid GPU count "
            + spec.count()
            + " in '"
            + spec
            + "': "
            + largest.name()
            + " allows at most "
            + max
            + " per pod in the "
            + cloud
            + " cloud. Request "
            + max
            + " or fewer GPUs.");
  }

  private static String names(List<GpuType> types) {
    return types.stream().map(GpuType::name).collect(Collectors.joining(", "));
  }
}

package dev.rp.gpu;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Short explanations of why {@link GpuCatalog#choose} picked a type. */
final class ChoiceReasons {

  private static final int MAX_NAMES_SHOWN = 3;

  private ChoiceReasons() {}

  /**
   * Explains the choice of {@code candidates.get(0)}.
   *
   * @param matched every type the model matched, in resolution order
   * @param candidates the matches that {@code cloud} offers for the spec's count, in resolution
   *     order
   */
  static String explain(
      GpuSpec spec, Cloud cloud, List<GpuType> matched, List<GpuType> candidates) {
    String reason = pick(spec.model(), matched, candidates);
    List<GpuType> skipped = matched.stream().filter(type -> !candidates.contains(type)).toList();
    if (skipped.isEmpty()) {
      return reason;
    }
    return reason + "; skipped " + shortList(skipped) + skipCause(spec, cloud, skipped);
  }

  private static String pick(String model, List<GpuType> matched, List<GpuType> candidates) {
    GpuType chosen = candidates.get(0);
    if (model.equalsIgnoreCase(chosen.id())) {
      return model + " is the exact id of " + chosen.name();
    }
    if (model.equalsIgnoreCase(chosen.name())) {
      return model + " is the exact name of " + chosen.id();
    }
    if (matched.size() == 1) {
      return model + " matched only " + chosen.name();
    }
    String start = model + " matched " + matched.size() + " types; chose " + chosen.name();
    if (candidates.size() == 1) {
      return start + " (" + chosen.memoryGb() + " GB)";
    }
    return start + " (" + tieBreak(chosen, candidates.get(1)) + ")";
  }

  private static String tieBreak(GpuType chosen, GpuType runnerUp) {
    if (chosen.memoryGb() != runnerUp.memoryGb()) {
      return chosen.memoryGb() + " GB, the most memory";
    }
    if (chosen.securePrice() != runnerUp.securePrice()) {
      return String.format(
          Locale.ROOT,
          "%d GB like %s, the higher secure price at $%.2f/h",
          chosen.memoryGb(),
          runnerUp.name(),
          chosen.securePrice());
    }
    return chosen.memoryGb()
        + " GB and the same secure price as "
        + runnerUp.name()
        + ", the first id alphabetically";
  }

  private static String skipCause(GpuSpec spec, Cloud cloud, List<GpuType> skipped) {
    String tooFew = "fewer than " + spec.count() + " GPUs per pod in " + cloud;
    if (skipped.stream().noneMatch(type -> type.offeredIn(cloud))) {
      return ", not offered in " + cloud;
    }
    if (skipped.stream().allMatch(type -> type.offeredIn(cloud))) {
      return ", which allow " + tooFew;
    }
    return ", not offered or allowing " + tooFew;
  }

  private static String shortList(List<GpuType> types) {
    String shown =
        types.stream().limit(MAX_NAMES_SHOWN).map(GpuType::name).collect(Collectors.joining(", "));
    int hidden = types.size() - MAX_NAMES_SHOWN;
    return hidden > 0 ? shown + " and " + hidden + " more" : shown;
  }
}

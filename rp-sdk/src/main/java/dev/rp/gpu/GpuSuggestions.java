package dev.rp.gpu;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Ranks catalog names by closeness to a model that matched nothing. */
final class GpuSuggestions {

  private GpuSuggestions() {}

  /**
   * Returns up to {@code limit} distinct type names, the closest to {@code model} first.
   *
   * <p>Closeness is the number of the model's tokens a type has, then the smallest edit distance
   * between an unshared token or the separator-free model and a token or separator-free form of the
   * type (so {@code B300} is close to {@code H200}), then {@link GpuCatalog#PREFERENCE}.
   */
  static List<String> closest(String model, List<GpuType> types, int limit) {
    List<String> modelTokens = GpuNames.tokens(model);
    Set<String> modelWords = GpuNames.compactForms(model);
    modelWords.addAll(modelTokens);
    Comparator<GpuType> closeness =
        Comparator.<GpuType>comparingInt(type -> -sharedTokens(modelTokens, type))
            .thenComparingInt(type -> distance(modelWords, GpuNames.wordsOf(type)))
            .thenComparing(GpuCatalog.PREFERENCE);
    return types.stream().sorted(closeness).map(GpuType::name).distinct().limit(limit).toList();
  }

  private static int sharedTokens(List<String> modelTokens, GpuType type) {
    Set<String> typeWords = GpuNames.wordsOf(type);
    return (int) modelTokens.stream().filter(typeWords::contains).count();
  }

  // Words the type shares with the model are left out, or they would tie every type at zero.
  private static int distance(Set<String> modelWords, Set<String> typeWords) {
    int best = Integer.MAX_VALUE;
    for (String modelWord : modelWords) {
      if (typeWords.contains(modelWord)) {
        continue;
      }
      for (String typeWord : typeWords) {
        best = Math.min(best, editDistance(modelWord, typeWord));
      }
    }
    return best;
  }

  /** Returns the Levenshtein distance: the fewest insertions, deletions and substitutions. */
  static int editDistance(String from, String to) {
    int[] previous = new int[to.length() + 1];
    int[] current = new int[to.length() + 1];
    for (int j = 0; j <= to.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= from.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= to.length(); j++) {
        int substitution = from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(previous[j - 1] + substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[to.length()];
  }
}

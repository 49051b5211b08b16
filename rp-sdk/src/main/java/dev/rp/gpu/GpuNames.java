package dev.rp.gpu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Token rules that match a GPU model against a catalog entry's id and name.
 *
 * <p>Tokens are the lower-case words between spaces, hyphens and underscores, so {@code NVIDIA
 * A100-SXM4-80GB} has the tokens {@code nvidia a100 sxm4 80gb}. A model matches whole tokens only,
 * which keeps {@code L4} away from {@code L40} and {@code L40S}.
 */
final class GpuNames {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");
  private static final Set<String> VENDOR_WORDS = Set.of("nvidia", "geforce", "tesla", "amd");

  private GpuNames() {}

  /** Splits {@code text} into lower-case tokens at spaces, hyphens and underscores. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    for (String token : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  /**
   * Returns the separator-free forms of {@code text}: all its tokens joined, then the same with
   * each further leading vendor word dropped ({@code nvidiageforcertx4090}, {@code geforcertx4090},
   * {@code rtx4090}).
   */
  static Set<String> compactForms(String text) {
    List<String> tokens = tokens(text);
    Set<String> forms = new HashSet<>();
    forms.add(String.join("", tokens));
    for (int first = 0; first < tokens.size() - 1; first++) {
      if (!VENDOR_WORDS.contains(tokens.get(first))) {
        break;
      }
      forms.add(String.join("", tokens.subList(first + 1, tokens.size())));
    }
    return forms;
  }

  /** Returns whether {@code model} equals the id or the name of {@code type}, ignoring case. */
  static boolean isExact(String model, GpuType type) {
    return model.equalsIgnoreCase(type.id()) || model.equalsIgnoreCase(type.name());
  }

  /**
   * Returns whether {@code model} matches {@code type}.
   *
   * <p>It matches when every token of the model is a token of the id or of the name. The tokens may
   * come from both, so {@code H100 SXM 80GB} matches the name {@code H100 SXM} together with the id
   * {@code NVIDIA H100 80GB HBM3}. A model of one token, such as {@code RTX4090}, also matches when
   * it equals a separator-free form of the id or the name.
   */
  static boolean matches(String model, GpuType type) {
    List<String> modelTokens = tokens(model);
    if (modelTokens.isEmpty()) {
      return false;
    }
    Set<String> typeTokens = new HashSet<>(tokens(type.id()));
    typeTokens.addAll(tokens(type.name()));
    if (typeTokens.containsAll(modelTokens)) {
      return true;
    }
    return modelTokens.size() == 1 && compactFormsOf(type).contains(modelTokens.get(0));
  }

  /** Returns the tokens and separator-free forms of the id and the name of {@code type}. */
  static Set<String> wordsOf(GpuType type) {
    Set<String> words = compactFormsOf(type);
    words.addAll(tokens(type.id()));
    words.addAll(tokens(type.name()));
    return words;
  }

  private static Set<String> compactFormsOf(GpuType type) {
    Set<String> forms = compactForms(type.id());
    forms.addAll(compactForms(type.name()));
    return forms;
  }
}

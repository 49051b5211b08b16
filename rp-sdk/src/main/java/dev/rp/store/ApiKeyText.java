package dev.rp.store;

import dev.rp.InvalidInputException;

/** Cleaning and checks of API key text. Its messages never contain the key. */
final class ApiKeyText {

  private ApiKeyText() {}

  /** Returns {@code raw} without a leading byte-order mark and surrounding whitespace. */
  static String clean(String raw) {
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    return text.strip();
  }

  /** Returns whether {@code key} spans more than one line. */
  static boolean hasLineBreak(String key) {
    return key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0;
  }

  /**
   * Returns {@code apiKey} cleaned for saving.
   *
   * @throws InvalidInputException when the key is null, blank or spans more than one line
   */
  static String checkedForSaving(String apiKey) {
    String key = apiKey == null ? "" : clean(apiKey);
    if (key.isEmpty()) {
      throw new InvalidInputException(
          "The API key to save is empty. Pass the key from the RunPod console's settings.");
    }
    if (hasLineBreak(key)) {
      throw new InvalidInputException(
          "The API key to save contains a line break. Pass the key alone, on one line.");
    }
    return key;
  }
}

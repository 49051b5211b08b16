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
   * Returns {@code key} if an HTTP header can carry it: printable ASCII and tabs only.
   *
   * @param source where the key came from, such as {@code environment variable RUNPOD_API_KEY}
   * @throws InvalidInputException naming the source and the position of the first bad character
   */
  static String checkedForSending(String key, String source) {
    if (hasLineBreak(key)) {
      throw new InvalidInputException(
          "The API key from "
              + source
              + " contains a line break. Keep only the key there, on one line.");
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        throw new InvalidInputException(
            "The API key from "
                + source
                + " has a character that cannot be sent to RunPod: character "
                + (i + 1)
                + " is not printable ASCII. Copy the key again from the RunPod console.");
      }
    }
    return key;
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

package dev.rp.internal.api;

/** Removes the API key from text before it is logged or put in a message. */
final class KeyMask {

  static final String MASK = "<redacted>";

  private final String apiKey;

  KeyMask(String apiKey) {
    this.apiKey = apiKey;
  }

  /** Returns {@code text} with every occurrence of the key replaced by {@value #MASK}. */
  String mask(String text) {
    if (text == null || apiKey.isEmpty()) {
      return text;
    }
    return text.replace(apiKey, MASK);
  }
}

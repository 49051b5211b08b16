package dev.rp.store;

import java.util.Optional;

/** Storage of the RunPod API key. */
public interface ApiKeyStore {

  /**
   * Returns the stored key, trimmed of whitespace, line breaks and a byte-order mark, or empty when
   * none is stored.
   *
   * @throws dev.rp.StoreException when the storage exists but cannot be read
   */
  Optional<String> read();

  /**
   * Saves {@code apiKey}, readable by the current user only where the storage is a file.
   *
   * @throws dev.rp.StoreException when the key cannot be saved
   */
  void write(String apiKey);

  /** Returns where the key is kept, for messages, such as {@code key file ~/.config/rp/...}. */
  String description();
}

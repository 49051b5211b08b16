package dev.rp.store;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** API key store in memory, for tests and JShell. Its {@code toString} never shows the key. */
final class InMemoryApiKeyStore implements ApiKeyStore {

  private final AtomicReference<String> key = new AtomicReference<>();

  @Override
  public Optional<String> read() {
    return Optional.ofNullable(key.get());
  }

  @Override
  public void write(String apiKey) {
    key.set(ApiKeyText.checkedForSaving(apiKey));
  }

  @Override
  public String description() {
    return "in-memory key store";
  }

  @Override
  public String toString() {
    return "InMemoryApiKeyStore";
  }
}

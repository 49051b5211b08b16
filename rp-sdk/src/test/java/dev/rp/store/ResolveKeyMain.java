package dev.rp.store;

import java.nio.file.Path;

/**
 * Resolves the API key from this process's environment and the key file named by the first
 * argument, so that a test can read the DEBUG line this prints to standard error.
 */
public final class ResolveKeyMain {

  private ResolveKeyMain() {}

  /** Resolves the key; exits with 1 when none is found. */
  public static void main(String[] args) {
    ApiKeys.resolve(null, System.getenv(), new FileApiKeyStore(Path.of(args[0])));
  }
}

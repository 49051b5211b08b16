package dev.rp.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Adds one alias to a {@code pods.json} through {@link JsonAliasStore}, for the multi-process test.
 *
 * <p>Arguments: the file, the alias, the pod id, and how many milliseconds to hold the lock. It
 * prints {@code ready}, waits for a line on standard input so that every process starts its update
 * at the same moment, and holds the lock for that long so that unlocked updates would overlap.
 */
public final class AddAliasMain {

  private AddAliasMain() {}

  /** Adds the alias; exits with a non-zero status on failure. */
  public static void main(String[] args) throws Exception {
    JsonAliasStore store = new JsonAliasStore(Path.of(args[0]));
    String alias = args[1];
    String podId = args[2];
    long holdMillis = Long.parseLong(args[3]);
    System.out.println("ready");
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    store.update(
        aliases -> {
          sleep(holdMillis);
          return aliases.put(alias, PodAlias.of(alias, podId));
        });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while holding the lock", e);
    }
  }
}

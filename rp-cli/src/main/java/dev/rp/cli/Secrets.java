package dev.rp.cli;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Process-wide list of secrets, such as the RunPod API key, that rp must never print.
 *
 * <p>The command line replaces every registered secret with {@link #MASK} in all it writes to
 * stdout and stderr, error messages and stack traces included, through {@link
 * RedactingOutputStream}. Register the key as soon as it is loaded, before any request is sent:
 *
 * <pre>{@code
 * Secrets.register(apiKey);
 * }</pre>
 */
public final class Secrets {

  /** Text printed in place of a secret. */
  public static final String MASK = "****";

  /**
   * Length below which a value is not registered, because masking every occurrence of a short
   * string would garble ordinary output; RunPod API keys are far longer.
   */
  public static final int MIN_LENGTH = 8;

  private static final List<String> SECRETS = new CopyOnWriteArrayList<>();

  // Secrets of the command that runs on this thread in rp's background process.
  private static final ThreadLocal<List<String>> SCOPE = new ThreadLocal<>();

  private Secrets() {}

  /** A command's own secrets, forgotten when it is closed. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Opens a scope on this thread. Until it is closed, secrets registered on this thread are masked
   * in what this thread writes only, and then forgotten, so that one command's key never masks
   * another command's output in rp's background process.
   */
  static Scope openScope() {
    SCOPE.set(new CopyOnWriteArrayList<>());
    return SCOPE::remove;
  }

  /** Adds {@code secret} to the values masked in output, unless it is null or too short. */
  public static void register(String secret) {
    List<String> scope = SCOPE.get();
    List<String> target = scope != null ? scope : SECRETS;
    if (secret != null && secret.length() >= MIN_LENGTH && !target.contains(secret)) {
      target.add(secret);
    }
  }

  private static List<String> all() {
    List<String> scope = SCOPE.get();
    if (scope == null || scope.isEmpty()) {
      return SECRETS;
    }
    List<String> all = new ArrayList<>(SECRETS);
    all.addAll(scope);
    return all;
  }

  /** Returns {@code text} with every registered secret replaced by {@link #MASK}. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : all()) {
      result = result.replace(secret, MASK);
    }
    return result;
  }

  /** Returns the registered secrets encoded in {@code charset}, for byte-level masking. */
  static List<byte[]> encoded(Charset charset) {
    return all().stream().map(secret -> secret.getBytes(charset)).toList();
  }

  /** Forgets every registered secret, for tests. */
  static void clear() {
    SECRETS.clear();
  }
}

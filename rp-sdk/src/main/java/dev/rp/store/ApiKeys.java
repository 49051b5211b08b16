package dev.rp.store;

import dev.rp.MissingApiKeyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chain that finds the RunPod API key: the key passed to {@code RunPod.builder().apiKey()}, then
 * the environment variable {@value #ENVIRONMENT_VARIABLE}, then an {@link ApiKeyStore} such as the
 * key file.
 *
 * <pre>{@code
 * ResolvedApiKey key = ApiKeys.resolve(null, System.getenv(), Stores.jsonFiles(paths).apiKey());
 * }</pre>
 *
 * <p>A blank value counts as missing. The source used is logged at DEBUG; the key never is.
 */
public final class ApiKeys {

  /** Environment variable that contains the API key, the same one the Python rp reads. */
  public static final String ENVIRONMENT_VARIABLE = "RUNPOD_API_KEY";

  private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);

  private static final String BUILDER_METHOD = "RunPod.builder().apiKey()";

  private ApiKeys() {}

  /**
   * Returns the first key found in {@code explicitKey}, the variable {@value #ENVIRONMENT_VARIABLE}
   * of {@code environment}, and {@code store}, in that order.
   *
   * @param explicitKey the key the caller passed, or null
   * @param environment the environment, usually {@link System#getenv()}
   * @param store the store to read last
   * @throws MissingApiKeyException when no source has a key; its message lists every source
   * @throws dev.rp.InvalidInputException when the key found has a line break or a character that an
   *     HTTP header cannot carry; the message names the source, never the key
   * @throws dev.rp.StoreException when the store exists but cannot be read
   */
  public static ResolvedApiKey resolve(
      String explicitKey, Map<String, String> environment, ApiKeyStore store) {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(store, "store");
    List<String> tried = new ArrayList<>();

    if (isBlank(explicitKey)) {
      tried.add(
          explicitKey == null
              ? "no key passed to " + BUILDER_METHOD
              : "the key passed to " + BUILDER_METHOD + " is blank");
    } else {
      return found(explicitKey, "the key passed to " + BUILDER_METHOD);
    }

    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    if (isBlank(fromEnvironment)) {
      tried.add(
          fromEnvironment == null
              ? "environment variable " + ENVIRONMENT_VARIABLE + " is not set"
              : "environment variable " + ENVIRONMENT_VARIABLE + " is blank");
    } else {
      return found(fromEnvironment, "environment variable " + ENVIRONMENT_VARIABLE);
    }

    Optional<String> stored = store.read().filter(key -> !isBlank(key));
    if (stored.isPresent()) {
      return found(stored.get(), store.description());
    }
    tried.add(
        store instanceof FileApiKeyStore
            ? ((FileApiKeyStore) store).absenceReason()
            : store.description() + " has no key");
    throw new MissingApiKeyException(tried);
  }

  private static ResolvedApiKey found(String key, String source) {
    LOG.debug("Using the RunPod API key from {}", source);
    return ResolvedApiKey.of(ApiKeyText.checkedForSending(ApiKeyText.clean(key), source), source);
  }

  private static boolean isBlank(String value) {
    return value == null || ApiKeyText.clean(value).isEmpty();
  }
}

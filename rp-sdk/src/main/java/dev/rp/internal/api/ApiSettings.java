package dev.rp.internal.api;

import dev.rp.InvalidInputException;
import dev.rp.internal.ValueStyle;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.immutables.value.Value;

/**
 * Settings of a {@link RunPodApi}: where the API is, the key, timeouts and retry limits. Internal.
 *
 * <pre>{@code
 * ApiSettings settings = ApiSettings.builder()
 *     .apiKey(key)
 *     .baseUrl(System.getenv().getOrDefault("RUNPOD_API_URL", ApiSettings.DEFAULT_BASE_URL))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public interface ApiSettings {

  /** Base URL of RunPod's production API. */
  String DEFAULT_BASE_URL = "https://api.runpod.io";

  /** Returns the API key, sent as a bearer token. It never appears in logs or messages. */
  @Value.Redacted
  String apiKey();

  /**
   * Returns the base URL that {@code /v2/...} paths are resolved against, {@value
   * #DEFAULT_BASE_URL} by default. Callers pass {@code RUNPOD_API_URL} here when it is set.
   */
  @Value.Default
  default String baseUrl() {
    return DEFAULT_BASE_URL;
  }

  /**
   * Returns a client whose connection pool, dispatcher and interceptors rp derives its own client
   * from; rp then leaves that client running when it closes.
   */
  Optional<OkHttpClient> httpClient();

  /** Returns the TCP connect timeout, 10 seconds by default. */
  @Value.Default
  default Duration connectTimeout() {
    return Duration.ofSeconds(10);
  }

  /** Returns the maximum wait for each read from a response, 30 seconds by default. */
  @Value.Default
  default Duration readTimeout() {
    return Duration.ofSeconds(30);
  }

  /** Returns the clock for elapsed times and the recent-pod check after a failed create. */
  @Value.Default
  default Clock clock() {
    return Clock.systemUTC();
  }

  /** Returns how retries and waits pause. */
  @Value.Default
  default Sleeper sleeper() {
    return Sleeper.system();
  }

  /**
   * Returns how many times an idempotent request is sent at most when it fails with a 5xx status or
   * no response, 4 by default.
   */
  @Value.Default
  default int maxAttempts() {
    return 4;
  }

  /** Returns how many times a request rejected with 429 is sent again at most, 3 by default. */
  @Value.Default
  default int maxRateLimitRetries() {
    return 3;
  }

  /**
   * Returns the longest {@code Retry-After} rp waits out, 60 seconds by default. A 429 that
   * requests a longer wait fails at once with {@link dev.rp.RateLimitedException}.
   */
  @Value.Default
  default Duration maxRetryAfter() {
    return Duration.ofSeconds(60);
  }

  /** Returns the first backoff before a retry, 500 milliseconds by default. */
  @Value.Default
  default Duration initialBackoff() {
    return Duration.ofMillis(500);
  }

  /** Returns the cap of the exponential backoff, 8 seconds by default. */
  @Value.Default
  default Duration maxBackoff() {
    return Duration.ofSeconds(8);
  }

  /** Rejects a blank key, a base URL that is not HTTP(S), and limits below one. */
  @Value.Check
  default void check() {
    if (apiKey().isBlank()) {
      throw new InvalidInputException(
          "The RunPod API key is blank: set RUNPOD_API_KEY or save the key in the key file.");
    }
    if (HttpUrl.parse(baseUrl()) == null) {
      throw new InvalidInputException(
          "Invalid RunPod API base URL '"
              + baseUrl()
              + "': use an http or https URL such as "
              + DEFAULT_BASE_URL
              + " (check RUNPOD_API_URL).");
    }
    if (maxAttempts() < 1 || maxRateLimitRetries() < 0) {
      throw new InvalidInputException(
          "Invalid retry limits: maxAttempts "
              + maxAttempts()
              + " must be 1 or more and maxRateLimitRetries "
              + maxRateLimitRetries()
              + " 0 or more.");
    }
  }

  /** Returns a builder of settings. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ApiSettings}. */
  final class Builder extends ImmutableApiSettings.Builder {}
}

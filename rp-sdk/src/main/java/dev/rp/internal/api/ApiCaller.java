package dev.rp.internal.api;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import dev.rp.ApiException;
import dev.rp.RateLimitedException;
import dev.rp.RunPodException;
import dev.rp.ServerErrorException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Sends Retrofit calls with bounded retries, logs one DEBUG line per HTTP exchange and turns
 * failures into rp's exceptions.
 *
 * <p>A 429 is retried after its {@code Retry-After} when that is at most {@link
 * ApiSettings#maxRetryAfter()}, up to {@link ApiSettings#maxRateLimitRetries()} times, for every
 * request, because RunPod did not act on it. A 5xx or a missing response is retried only for an
 * {@link Operation.Retry#IDEMPOTENT} request, up to {@link ApiSettings#maxAttempts()} sends in all,
 * after a capped exponential backoff with full jitter. Nothing else is retried.
 */
final class ApiCaller {
  private static final Logger LOG = LoggerFactory.getLogger(ApiCaller.class);

  private final ApiSettings settings;
  private final ApiErrors errors;
  private final AtomicReference<RateLimitStatus> rateLimit = new AtomicReference<>();

  ApiCaller(ApiSettings settings, ApiErrors errors) {
    this.settings = settings;
    this.errors = errors;
  }

  /** Sends {@code call} and returns its successful response, whose body is null for a 204. */
  <T> Response<T> execute(Operation op, Call<T> call) {
    return execute(op, call, new AtomicInteger());
  }

  /**
   * Sends {@code call} like {@link #execute(Operation, Call)} and counts every send in {@code
   * attempts}, so that a caller can tell a conflict caused by its own retried request.
   */
  <T> Response<T> execute(Operation op, Call<T> call, AtomicInteger attempts) {
    Request request = call.request();
    int failures = 0;
    int rateLimited = 0;
    while (true) {
      int attempt = attempts.incrementAndGet();
      Call<T> current = attempt == 1 ? call : call.clone();
      long started = System.nanoTime();
      Response<T> response;
      try {
        response = current.execute();
      } catch (JsonDataException | JsonEncodingException e) {
        LOG.debug(
            "{} {} returned an unreadable body (attempt {})",
            method(request),
            path(request),
            attempt);
        throw errors.unreadable(op, 200, e);
      } catch (IOException e) {
        LOG.debug(
            "{} {} failed after {} ms (attempt {}): {}",
            method(request),
            path(request),
            millisSince(started),
            attempt,
            e.toString());
        failures++;
        if (op.retry() == Operation.Retry.IDEMPOTENT && failures < settings.maxAttempts()) {
          pause(op, backoff(failures));
          continue;
        }
        throw errors.noResponse(op, e);
      }
      LOG.debug(
          "{} {} {} in {} ms (attempt {})",
          method(request),
          path(request),
          response.code(),
          millisSince(started),
          attempt);
      RateLimitStatus.parse(response.headers().get("RateLimit"), settings.clock().instant())
          .ifPresent(rateLimit::set);
      if (response.isSuccessful()) {
        return response;
      }
      ApiException error = error(op, response);
      if (error instanceof RateLimitedException limited
          && rateLimited < settings.maxRateLimitRetries()
          && limited.retryAfter().compareTo(settings.maxRetryAfter()) <= 0) {
        rateLimited++;
        pause(
            op,
            limited.retryAfter().isZero() ? rateLimitBackoff(rateLimited) : limited.retryAfter());
        continue;
      }
      if (error instanceof ServerErrorException
          && op.retry() == Operation.Retry.IDEMPOTENT
          && ++failures < settings.maxAttempts()) {
        pause(op, backoff(failures));
        continue;
      }
      throw error;
    }
  }

  /** Returns the quota RunPod reported on the latest response, when it reported one. */
  Optional<RateLimitStatus> rateLimit() {
    return Optional.ofNullable(rateLimit.get());
  }

  private ApiException error(Operation op, Response<?> response) {
    String body;
    try (ResponseBody errorBody = response.errorBody()) {
      body = errorBody == null ? "" : errorBody.string();
    } catch (IOException e) {
      body = "";
    }
    return errors.fromResponse(op, response.code(), response.headers(), body);
  }

  /** Returns a random wait up to the capped exponential backoff after {@code failures}. */
  private Duration backoff(int failures) {
    long initial = settings.initialBackoff().toMillis();
    long cap = settings.maxBackoff().toMillis();
    long ceiling = initial << Math.min(failures - 1, 20);
    long bound = Math.max(1, Math.min(cap, ceiling));
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(bound + 1));
  }

  /**
   * Returns the wait after the {@code retries}th 429 without {@code Retry-After}: 1, 2, 4 seconds
   * and so on, at most {@link ApiSettings#maxRetryAfter()}. Unlike {@link #backoff}, it has no
   * jitter, because a quota window resets no sooner for an early request.
   */
  private Duration rateLimitBackoff(int retries) {
    Duration wait = Duration.ofSeconds(1L << Math.min(retries - 1, 20));
    return wait.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : wait;
  }

  private void pause(Operation op, Duration wait) {
    LOG.debug("Will {} again in {} ms", op.description(), wait.toMillis());
    try {
      settings.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunPodException(
          "Interrupted while waiting to retry: could not " + op.description() + ".", e);
    }
  }

  private static String method(Request request) {
    return request.method();
  }

  private static String path(Request request) {
    return request.url().encodedPath();
  }

  private static long millisSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1_000_000;
  }
}

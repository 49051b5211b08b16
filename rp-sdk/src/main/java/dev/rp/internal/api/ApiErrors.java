package dev.rp.internal.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.rp.ApiException;
import dev.rp.AuthenticationException;
import dev.rp.BadRequestException;
import dev.rp.ForbiddenException;
import dev.rp.HostGpusTakenException;
import dev.rp.InsufficientBalanceException;
import dev.rp.InvalidStateTransitionException;
import dev.rp.NoCapacityException;
import dev.rp.NoResponseException;
import dev.rp.NotFoundException;
import dev.rp.RateLimitedException;
import dev.rp.ServerErrorException;
import dev.rp.ValidationException;
import dev.rp.pods.PodAction;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Turns RunPod's error responses, RFC 9457 problems, into rp's exceptions with messages that name
 * the request, the value at fault, RunPod's detail and the next step.
 *
 * <p>A 400 carries no machine-readable reason, so its {@code detail} text decides between {@link
 * NoCapacityException}, {@link HostGpusTakenException} and {@link BadRequestException}; see {@link
 * #NO_CAPACITY}, {@link #HOST} and {@link #TAKEN}.
 */
final class ApiErrors {

  /**
   * Phrases, matched case-insensitively anywhere in a 400's detail, that mean no host has the
   * requested GPUs free: "no instances" (also "no longer any instances"), "not enough free GPUs",
   * "no GPUs available", "no capacity", "insufficient capacity", "out of capacity", "capacity
   * exhausted", "could not be placed", "no machines available" and "does not have the resources".
   */
  // NOTE: RunPod documents no wording for capacity failures, so these phrases and those of TAKEN
  // are a best guess at its detail texts that needs checking against real responses.
  static final Pattern NO_CAPACITY =
      Pattern.compile(
          "no (longer )?(any )?instances"
              + "|not enough (free )?gpus?"
              + "|no (free |available )?gpus? (are )?(currently )?available"
              + "|(no|insufficient|not enough|out of) capacity"
              + "|capacity (is )?(exhausted|unavailable)"
              + "|(could not|cannot|can't) be placed"
              + "|no (available )?machines? (are )?(currently )?available"
              + "|does not have the resources",
          Pattern.CASE_INSENSITIVE);

  /** Words that place a start's 400 detail on the pod's own host: "host" or "machine". */
  static final Pattern HOST = Pattern.compile("\\b(host|machine)", Pattern.CASE_INSENSITIVE);

  /**
   * Phrases that, with {@link #HOST} in a start's 400 detail, mean others took that host's GPUs:
   * "taken", "in use", "occupied", "rented", "unavailable", "not available" and "no longer
   * available", besides every {@link #NO_CAPACITY} phrase.
   */
  static final Pattern TAKEN =
      Pattern.compile(
          "taken|in use|occupied|rented|unavailable|not available|no longer available",
          Pattern.CASE_INSENSITIVE);

  private static final List<String> REQUEST_ID_HEADERS =
      List.of("X-Request-Id", "Request-Id", "X-Correlation-Id");

  private final JsonAdapter<Object> jsonAdapter;
  private final KeyMask mask;
  private final Clock clock;
  private final String baseUrl;

  ApiErrors(Moshi moshi, KeyMask mask, Clock clock, String baseUrl) {
    this.jsonAdapter = moshi.adapter(Object.class);
    this.mask = mask;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /** Returns the exception for an error response with {@code status} and {@code body}. */
  ApiException fromResponse(Operation op, int status, Headers headers, String body) {
    var reply = new Reply(op, status, parse(body), requestId(headers));
    return switch (status) {
      case 400 -> badRequest(reply);
      case 401 ->
          reply.exception(
              AuthenticationException::new,
              "RunPod rejected the API key",
              "Check RUNPOD_API_KEY or the key file, and create a new key in the RunPod console"
                  + " if this one was revoked.");
      case 402 ->
          reply.exception(
              InsufficientBalanceException::new,
              "the account balance is too low",
              "Add funds to your RunPod account, then try again.");
      case 403 ->
          reply.exception(
              ForbiddenException::new,
              "the API key has no access to this resource",
              "Check the key's permissions in the RunPod console.");
      case 404 -> notFound(reply);
      case 409 ->
          reply.exception(
              InvalidStateTransitionException::new,
              "the request conflicts with the pod's current state",
              "Get the pod to see its status and the actions valid now.");
      case 422 -> validation(reply);
      case 429 -> rateLimited(reply, retryAfter(headers));
      default ->
          status >= 500
              ? reply.exception(
                  ServerErrorException::new,
                  "RunPod responded with server error " + status,
                  "This is usually transient; try again in a minute.")
              : reply.exception(
                  ApiException::new,
                  "RunPod responded with HTTP " + status,
                  "Check RUNPOD_API_URL.");
    };
  }

  /**
   * Returns {@code conflict} with a message that names the pod's current {@code status} and the
   * {@code actions} valid in it.
   */
  InvalidStateTransitionException conflict(
      Operation op, InvalidStateTransitionException conflict, String status, List<String> actions) {
    var problem =
        new Problem(
            conflict.title().orElse(null), conflict.detail().orElse(null), conflict.errors());
    var reply = new Reply(op, conflict.status(), problem, conflict.requestId().orElse(null));
    String valid = actions.isEmpty() ? "none" : String.join(", ", actions);
    String next =
        actions.isEmpty()
            ? "Wait until the pod leaves " + status + ", then try again."
            : "Use one of those actions, or wait until the pod's status changes.";
    InvalidStateTransitionException failure =
        reply.exception(
            InvalidStateTransitionException::new,
            "the pod is " + status + ", where the valid actions are " + valid,
            next);
    failure.initCause(conflict);
    return failure;
  }

  private ApiException badRequest(Reply reply) {
    String detail = reply.problem.detail == null ? "" : reply.problem.detail;
    boolean noCapacity = NO_CAPACITY.matcher(detail).find();
    if (reply.op.action() == PodAction.START
        && HOST.matcher(detail).find()
        && (noCapacity || TAKEN.matcher(detail).find())) {
      return reply.exception(
          HostGpusTakenException::new,
          "the GPUs on its host machine are taken by other users",
          "Wait and start it again later, or create a new pod with the same GPU and volume"
              + " settings; the old pod's volume data stays on its host.");
    }
    if (noCapacity) {
      return reply.exception(
          NoCapacityException::new, capacityProblem(reply.op), "Try another GPU type or cloud.");
    }
    return reply.exception(
        BadRequestException::new, "RunPod rejected the request", "Check the values sent.");
  }

  private static String capacityProblem(Operation op) {
    if (op.gpuTypeId() == null) {
      return "no host has the pod's GPUs free";
    }
    String cloud = op.cloud() == null ? "" : " in the " + op.cloud() + " cloud";
    return "no capacity for GPU type '" + op.gpuTypeId() + "'" + cloud;
  }

  private ApiException notFound(Reply reply) {
    Operation op = reply.op;
    if (op.podId() != null) {
      return reply.exception(
          NotFoundException::new,
          "pod '" + op.podId() + "' was not found",
          "It may have been terminated; list pods to see the ones that exist.");
    }
    if (op.gpuTypeId() != null) {
      return reply.exception(
          NotFoundException::new,
          "GPU type '" + op.gpuTypeId() + "' was not found",
          "List the GPU catalog for valid ids, such as 'NVIDIA H100 80GB HBM3'.");
    }
    return reply.exception(
        NotFoundException::new, "RunPod found nothing at this path", "Check RUNPOD_API_URL.");
  }

  private ApiException validation(Reply reply) {
    List<String> errors = reply.problem.errors;
    String listed = errors.isEmpty() ? "" : "Errors: " + String.join("; ", errors) + ". ";
    return reply.exception(
        ValidationException::new,
        "RunPod rejected the request as invalid",
        listed + "Fix these values; the same request fails the same way again.");
  }

  private ApiException rateLimited(Reply reply, Duration retryAfter) {
    String next =
        retryAfter.isZero()
            ? "Wait a minute and try again."
            : "Wait " + Math.max(1, retryAfter.toSeconds()) + " s and try again.";
    return reply.exception(
        (message, status, title, detail, errors, requestId) ->
            new RateLimitedException(message, status, title, detail, errors, requestId, retryAfter),
        "RunPod rate-limited the request",
        next);
  }

  /** Returns the exception for a request that got no response: I/O failure or timeout. */
  NoResponseException noResponse(Operation op, IOException cause) {
    String reason = cause instanceof InterruptedIOException ? "timed out" : describe(cause);
    String effect =
        op.retry() == Operation.Retry.RATE_LIMIT_ONLY
            ? " The request may still have taken effect; check before sending it again."
            : "";
    String message =
        "Could not "
            + op.description()
            + ": no response from "
            + baseUrl
            + " ("
            + mask.mask(reason)
            + ")."
            + effect
            + " Check the network connection and RUNPOD_API_URL.";
    return new NoResponseException(message, cause);
  }

  /** Returns the exception for a success response whose body is not the JSON rp expects. */
  ApiException unreadable(Operation op, int status, Exception cause) {
    String message =
        "Could not "
            + op.description()
            + ": RunPod responded with HTTP "
            + status
            + " with a body rp cannot read ("
            + mask.mask(describe(cause))
            + "). Check RUNPOD_API_URL, or update rp if RunPod changed its API.";
    return new ApiException(message, status, null, null, List.of(), null);
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Returns the wait that a 429 requests: {@code Retry-After} in seconds or as an HTTP date, zero
   * when absent or unreadable.
   */
  Duration retryAfter(Headers headers) {
    String value = headers.get("Retry-After");
    if (value == null || value.isBlank()) {
      return Duration.ZERO;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        var date = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), date.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return Duration.ZERO;
      }
    }
  }

  private static String requestId(Headers headers) {
    return REQUEST_ID_HEADERS.stream()
        .map(headers::get)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /**
   * Reads a problem from {@code body}, tolerating plain JSON with {@code message} or {@code error}
   * in place of {@code detail}, short plain text, and an empty body.
   */
  private Problem parse(String body) {
    if (body == null || body.isBlank()) {
      return new Problem(null, null, List.of());
    }
    Object json;
    try {
      json = jsonAdapter.fromJson(body);
    } catch (IOException | RuntimeException notJson) {
      json = null;
    }
    if (json instanceof Map<?, ?> map) {
      String detail = text(map.get("detail"));
      if (detail == null) {
        detail = text(map.get("message"));
      }
      if (detail == null) {
        detail = text(map.get("error"));
      }
      return new Problem(mask.mask(text(map.get("title"))), mask.mask(detail), errors(map));
    }
    String text = body.strip();
    boolean readable = text.length() <= 200 && !text.startsWith("<");
    return new Problem(null, readable ? mask.mask(text) : null, List.of());
  }

  private List<String> errors(Map<?, ?> map) {
    if (!(map.get("errors") instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().filter(Objects::nonNull).map(String::valueOf).map(mask::mask).toList();
  }

  private static String text(Object value) {
    return value instanceof String text && !text.isBlank() ? text : null;
  }

  /** Parts of a problem body; {@code title} and {@code detail} may be null. */
  private record Problem(String title, String detail, List<String> errors) {}

  /** Constructor shared by {@link ApiException} and its subtypes. */
  @FunctionalInterface
  private interface ExceptionConstructor<E extends ApiException> {
    E create(
        String message,
        int status,
        String title,
        String detail,
        List<String> errors,
        String requestId);
  }

  /** An error response being turned into an exception. */
  private record Reply(Operation op, int status, Problem problem, String requestId) {

    /** Returns the exception that {@code constructor} makes with {@link #message}. */
    <E extends ApiException> E exception(
        ExceptionConstructor<E> constructor, String reason, String nextStep) {
      return constructor.create(
          message(reason, nextStep),
          status,
          problem.title,
          problem.detail,
          problem.errors,
          requestId);
    }

    /**
     * Returns "Could not {operation}: {reason} ({RunPod's detail}). {next step}" and the request id
     * when RunPod sent one.
     */
    String message(String reason, String nextStep) {
      String detail =
          problem.detail != null
              ? problem.detail
              : problem.title != null ? problem.title : "HTTP " + status;
      String id = requestId == null ? "" : " (request id " + requestId + ")";
      return "Could not "
          + op.description()
          + ": "
          + reason
          + " ("
          + detail
          + "). "
          + nextStep
          + id;
    }
  }
}

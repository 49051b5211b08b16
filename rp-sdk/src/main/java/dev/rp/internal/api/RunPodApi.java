package dev.rp.internal.api;

import com.squareup.moshi.Moshi;
import dev.rp.InvalidInputException;
import dev.rp.InvalidStateTransitionException;
import dev.rp.NoResponseException;
import dev.rp.NotFoundException;
import dev.rp.RunPodException;
import dev.rp.ServerErrorException;
import dev.rp.gpu.GpuType;
import dev.rp.pods.CreatePodRequest;
import dev.rp.pods.Pod;
import dev.rp.pods.PodAction;
import dev.rp.pods.PodStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Typed client of RunPod's REST API v2. Internal: rp's public types call it.
 *
 * <pre>{@code
 * try (RunPodApi api = RunPodApi.create(ApiSettings.builder().apiKey(key).build())) {
 *   Pod pod = api.createPod(request);
 * }
 * }</pre>
 *
 * <p>Every method sends its requests before it returns, retrying where {@link ApiCaller} allows,
 * and throws {@link dev.rp.ApiException} subtypes for error responses and {@link
 * NoResponseException} when no response came back. Instances are thread-safe.
 */
public final class RunPodApi implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunPodApi.class);

  /**
   * How far before the create request a pod's {@code createdAt} may lie and still count as made by
   * that request, to allow for a clock difference between this machine and RunPod.
   */
  static final Duration CREATE_CLOCK_SKEW = Duration.ofMinutes(2);

  private final ApiSettings settings;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final HttpUrl baseUrl;
  // Shared by every client, because Moshi caches the JSON adapters it builds by reflection.
  private static final Moshi MOSHI = new Moshi.Builder().build();
  private final ApiErrors errors;
  private final ApiCaller caller;
  private final RunPodService service;
  private final Set<LogStream> streams = ConcurrentHashMap.newKeySet();

  private RunPodApi(ApiSettings settings) {
    this.settings = settings;
    this.baseUrl = HttpUrl.get(withTrailingSlash(settings.baseUrl()));
    this.ownsClient = settings.httpClient().isEmpty();
    var mask = new KeyMask(settings.apiKey());
    OkHttpClient.Builder builder =
        settings.httpClient().map(OkHttpClient::newBuilder).orElseGet(OkHttpClient.Builder::new);
    if (!baseUrl.isHttps() && settings.httpClient().isEmpty()) {
      // A plain-HTTP base URL (a local proxy or test server) needs no TLS, and leaving TLS out
      // spares a short command the loading of the JDK's security providers and CA certificates.
      builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
    }
    this.client =
        builder
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            // OkHttp would resend a POST whose connection failed, which may create a second pod;
            // ApiCaller decides about every resend instead.
            .retryOnConnectionFailure(false)
            .addInterceptor(new ApiHeaders(settings.apiKey()))
            .addInterceptor(new TraceLogging(mask))
            .build();
    this.errors = new ApiErrors(MOSHI, mask, settings.clock(), settings.baseUrl());
    this.caller = new ApiCaller(settings, errors);
    this.service =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create(MOSHI))
            .build()
            .create(RunPodService.class);
  }

  /** Returns a client for {@code settings}; it sends nothing until a method is called. */
  public static RunPodApi create(ApiSettings settings) {
    return new RunPodApi(settings);
  }

  private static String withTrailingSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  /** Returns the settings this client was created with. */
  public ApiSettings settings() {
    return settings;
  }

  /** Returns every pod of the account, in RunPod's order. */
  public List<Pod> listPods() {
    var op = Operation.general("list pods", Operation.Retry.IDEMPOTENT);
    PodListJson list = body(op, caller.execute(op, service.listPods()));
    return list.pods() == null ? List.of() : list.pods().stream().map(WireMapper::toPod).toList();
  }

  /**
   * Returns the pod with {@code id}.
   *
   * @throws NotFoundException if no such pod exists
   */
  public Pod getPod(String id) {
    return getPod(Operation.onPod("get", requireId(id), Operation.Retry.IDEMPOTENT));
  }

  /** Gets the pod of {@code op}, naming {@code op} in any error message. */
  private Pod getPod(Operation op) {
    return WireMapper.toPod(body(op, caller.execute(op, service.getPod(op.podId()))));
  }

  /** Returns the pod with {@code id}, or empty when the API returns 404. */
  public Optional<Pod> findPod(String id) {
    try {
      return Optional.of(getPod(id));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Creates a pod; it starts in {@code PROVISIONING}.
   *
   * <p>A create is never sent twice blindly. After a 5xx or a lost response this lists the pods and
   * returns one with the request's name created since shortly before the request, allowing {@link
   * #CREATE_CLOCK_SKEW} of clock difference. Only when there is none does it send the create once
   * more, and after a second such failure it looks once more.
   *
   * @throws dev.rp.NoCapacityException if no host has the GPUs free
   * @throws dev.rp.InsufficientBalanceException if the balance is too low
   * @throws dev.rp.ValidationException if RunPod rejects a value of the request
   */
  public Pod createPod(CreatePodRequest request) {
    var op = Operation.create(request);
    CreatePodJson body = WireMapper.toJson(request);
    Instant since = settings.clock().instant().minus(CREATE_CLOCK_SKEW);
    try {
      return sendCreate(op, body);
    } catch (ServerErrorException | NoResponseException first) {
      Optional<Pod> created = findCreated(request.name(), since, first);
      if (created.isPresent()) {
        return created.get();
      }
      try {
        return sendCreate(op, body);
      } catch (ServerErrorException | NoResponseException second) {
        second.addSuppressed(first);
        return findCreated(request.name(), since, second).orElseThrow(() -> second);
      }
    }
  }

  private Pod sendCreate(Operation op, CreatePodJson body) {
    return WireMapper.toPod(body(op, caller.execute(op, service.createPod(body))));
  }

  /**
   * Returns the newest pod named {@code name} created at or after {@code since}; throws {@code
   * failure} when the pods cannot be listed, because resending the create could then make a second
   * pod.
   */
  // NOTE: two processes creating pods of the same name at the same moment, one of them after a
  // lost response, may both pick the newest pod, leaving the other pod untracked.
  private Optional<Pod> findCreated(String name, Instant since, RunPodException failure) {
    LOG.debug("Looking for pod '{}' created since {} after a failed create", name, since);
    List<Pod> pods;
    try {
      pods = listPods();
    } catch (RunPodException e) {
      failure.addSuppressed(e);
      throw failure;
    }
    return pods.stream()
        .filter(pod -> pod.name().equals(name))
        .filter(pod -> pod.createdAt().map(created -> !created.isBefore(since)).orElse(false))
        .max(Comparator.comparing(pod -> pod.createdAt().orElseThrow()));
  }

  /**
   * Changes the settings of pod {@code id} that {@code update} names.
   *
   * @throws NotFoundException if no such pod exists
   */
  public Pod updatePod(String id, PodUpdate update) {
    var op = Operation.onPod("update", requireId(id), Operation.Retry.IDEMPOTENT);
    var call = service.updatePod(id, WireMapper.toJson(update));
    return WireMapper.toPod(body(op, caller.execute(op, call)));
  }

  /**
   * Terminates and deletes pod {@code id}, with its host-local volume. A retried delete whose first
   * attempt took effect counts as done.
   *
   * @throws NotFoundException if no such pod exists
   */
  public void deletePod(String id) {
    var op = Operation.onPod("delete", requireId(id), Operation.Retry.IDEMPOTENT);
    var attempts = new AtomicInteger();
    try {
      caller.execute(op, service.deletePod(id), attempts);
    } catch (NotFoundException e) {
      if (attempts.get() == 1) {
        throw e;
      }
    }
  }

  /**
   * Triggers {@code action} on pod {@code id} and returns the pod as it is afterwards.
   *
   * <p>When RunPod responds with 204, this gets the pod. For {@link PodAction#TERMINATE} it gets
   * the pod first as well, and returns that state marked {@code TERMINATED} once the pod is gone.
   *
   * @throws InvalidStateTransitionException if the action is not valid now; the message names the
   *     pod's status and the actions valid now
   * @throws dev.rp.HostGpusTakenException if a start fails because others took the host's GPUs
   * @throws NotFoundException if no such pod exists
   */
  public Pod podAction(String id, PodAction action) {
    var op = Operation.action(requireId(id), action);
    Pod before = action == PodAction.TERMINATE ? getPod(op) : null;
    var attempts = new AtomicInteger();
    Response<PodJson> response;
    try {
      var body = new PodActionJson(action.wireValue());
      response = caller.execute(op, service.podAction(id, body), attempts);
    } catch (InvalidStateTransitionException conflict) {
      return afterConflict(op, conflict, attempts.get() > 1);
    } catch (NotFoundException e) {
      if (before != null && attempts.get() > 1) {
        return terminated(before);
      }
      throw e;
    }
    if (response.body() != null) {
      return WireMapper.toPod(response.body());
    }
    if (before == null) {
      return getPod(id);
    }
    return findPod(id).orElseGet(() -> terminated(before));
  }

  /**
   * Returns the pod when a retried action already took effect, else throws {@code conflict} with
   * the pod's current status and valid actions in its message.
   */
  private Pod afterConflict(
      Operation op, InvalidStateTransitionException conflict, boolean retried) {
    Optional<Pod> current;
    try {
      current = findPod(op.podId());
    } catch (RunPodException e) {
      conflict.addSuppressed(e);
      throw conflict;
    }
    if (current.isEmpty()) {
      throw conflict;
    }
    Pod pod = current.get();
    if (retried && reached(pod.status(), op.action())) {
      return pod;
    }
    throw errors.conflict(op, conflict, pod.statusText(), pod.actions());
  }

  private static boolean reached(PodStatus status, PodAction action) {
    return switch (action) {
      case START ->
          status == PodStatus.PROVISIONING
              || status == PodStatus.STARTING
              || status == PodStatus.RUNNING;
      case STOP -> status == PodStatus.EXITED;
      case TERMINATE -> status == PodStatus.TERMINATED;
      case RESTART -> false;
    };
  }

  private static Pod terminated(Pod pod) {
    return Pod.builder()
        .from(pod)
        .status(PodStatus.TERMINATED)
        .statusText(PodStatus.TERMINATED.name())
        .actions(List.of())
        .costPerHour(0)
        .directSsh(Optional.empty())
        .proxySsh(Optional.empty())
        .runtimePorts(List.of())
        .build();
  }

  /** Returns every GPU type of RunPod's catalog. */
  public List<GpuType> listGpuTypes() {
    var op = Operation.general("list GPU types", Operation.Retry.IDEMPOTENT);
    GpuListJson list = body(op, caller.execute(op, service.listGpuTypes()));
    return list.gpus() == null
        ? List.of()
        : list.gpus().stream().map(WireMapper::toGpuType).toList();
  }

  /**
   * Returns the GPU type with {@code id}, such as {@code NVIDIA H100 80GB HBM3}.
   *
   * @throws NotFoundException if the catalog has no such type
   */
  public GpuType getGpuType(String id) {
    var op = Operation.onGpuType(requireId(id));
    return WireMapper.toGpuType(body(op, caller.execute(op, service.getGpuType(id))));
  }

  /** Returns the account's registered SSH public keys, one {@code authorized_keys} line each. */
  public List<String> sshKeys() {
    var op = Operation.general("get the account's SSH keys", Operation.Retry.IDEMPOTENT);
    SshKeysJson keys = body(op, caller.execute(op, service.sshKeys()));
    return keys.keys() == null ? List.of() : List.copyOf(keys.keys());
  }

  /**
   * Replaces the account's whole set of SSH public keys with {@code keys}; pods created afterwards
   * with {@code startSsh} receive them.
   *
   * @throws dev.rp.ValidationException if a key is not an {@code authorized_keys} line
   */
  public void replaceSshKeys(List<String> keys) {
    var op = Operation.general("replace the account's SSH keys", Operation.Retry.IDEMPOTENT);
    caller.execute(op, service.replaceSshKeys(new SshKeysJson(List.copyOf(keys))));
  }

  /**
   * Streams the log lines of pod {@code podId} to {@code lines}, starting with RunPod's default
   * backfill of recent lines.
   */
  public LogStream streamLogs(String podId, Consumer<String> lines) {
    return streamLogs(podId, -1, lines);
  }

  /**
   * Streams the log lines of pod {@code podId} to {@code lines}, starting with the last {@code
   * tail} lines (0 to 5000), or RunPod's default of 100 when {@code tail} is negative.
   *
   * <p>The stream has no read timeout, since a quiet pod may send nothing for hours; close it to
   * stop. Failures, such as an unknown pod, are thrown by {@link LogStream#await}.
   */
  public LogStream streamLogs(String podId, int tail, Consumer<String> lines) {
    var op = Operation.onPod("stream logs of", requireId(podId), Operation.Retry.IDEMPOTENT);
    HttpUrl.Builder url =
        baseUrl
            .newBuilder()
            .addPathSegment("v2")
            .addPathSegment("pods")
            .addPathSegment(podId)
            .addPathSegment("logs");
    if (tail >= 0) {
      url.addQueryParameter("tail", Integer.toString(tail));
    }
    var request = new Request.Builder().url(url.build()).build();
    OkHttpClient streamClient = client.newBuilder().readTimeout(Duration.ZERO).build();
    LogStream stream =
        LogStream.open(streamClient, request, op, lines, MOSHI, errors, streams::remove);
    streams.add(stream);
    // A stream that failed at once has already run its end callback.
    if (!stream.isOpen()) {
      streams.remove(stream);
    }
    return stream;
  }

  /** Returns the quota RunPod reported on the latest response, for pacing polls. */
  Optional<RateLimitStatus> rateLimit() {
    return caller.rateLimit();
  }

  /**
   * Closes open log streams, and shuts down the HTTP client unless it was derived from {@link
   * ApiSettings#httpClient()}.
   */
  @Override
  public void close() {
    List.copyOf(streams).forEach(LogStream::close);
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private static <T> T body(Operation op, Response<T> response) {
    T body = response.body();
    if (body == null) {
      throw new RunPodException(
          "Could not "
              + op.description()
              + ": RunPod responded with HTTP "
              + response.code()
              + " without the expected body. Check RUNPOD_API_URL.");
    }
    return body;
  }

  private static String requireId(String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidInputException("Missing id: pass the id of a pod or GPU type.");
    }
    return id;
  }
}

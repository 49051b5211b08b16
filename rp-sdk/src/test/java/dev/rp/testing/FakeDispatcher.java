package dev.rp.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;

/**
 * Handles the fake RunPod's requests: checks the API key, applies queued faults, routes to the
 * account, checks request bodies against the contract, adds the headers every response carries and
 * keeps the request log.
 */
final class FakeDispatcher extends Dispatcher {

  private static final String JSON = "application/json";
  private static final String PROBLEM_JSON = "application/problem+json";

  private final FakeAccount account;
  private final FakeFaultQueue faults;
  private final String apiKey;
  private final ContractValidator contract = ContractValidator.create();
  private final FakeRateLimitWindows rateLimits = new FakeRateLimitWindows();
  private final List<FakeRequest> requests = new CopyOnWriteArrayList<>();
  private final List<String> contractViolations = new CopyOnWriteArrayList<>();
  private final List<String> responseViolations = new CopyOnWriteArrayList<>();

  FakeDispatcher(FakeAccount account, FakeFaultQueue faults, String apiKey) {
    this.account = account;
    this.faults = faults;
    this.apiKey = apiKey;
  }

  /** A response before it becomes a MockResponse. */
  private static final class Reply {
    int status;
    String contentType;
    String body;
    String schemaName;
    final Map<String, String> headers = new LinkedHashMap<>();
    Duration delay = Duration.ZERO;
    boolean disconnect;

    static Reply json(int status, String body, String schemaName) {
      Reply reply = new Reply();
      reply.status = status;
      reply.contentType = JSON;
      reply.body = body;
      reply.schemaName = schemaName;
      return reply;
    }

    static Reply empty(int status) {
      Reply reply = new Reply();
      reply.status = status;
      return reply;
    }

    static Reply problem(FakeProblem problem) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("title", FakeProblem.title(problem.status()));
      json.put("status", problem.status());
      json.put("detail", problem.detail());
      if (!problem.errors().isEmpty()) {
        json.put("errors", problem.errors());
      }
      Reply reply = json(problem.status(), FakeJson.write(json), "ErrorResponse");
      reply.contentType = PROBLEM_JSON;
      return reply;
    }

    static Reply disconnected() {
      Reply reply = empty(0);
      reply.disconnect = true;
      return reply;
    }
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String method = request.getMethod() == null ? "" : request.getMethod();
    HttpUrl url = request.getUrl();
    List<String> segments = new ArrayList<>(url.pathSegments());
    if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    String path = "/" + String.join("/", segments);
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    String authorization = request.getHeaders().get("Authorization");
    boolean authorized = ("Bearer " + apiKey).equals(authorization);

    Reply reply;
    if (!authorized) {
      String detail = authorization == null ? "missing bearer token" : "invalid bearer token";
      reply = Reply.problem(new FakeProblem(401, detail));
    } else {
      reply = handle(method, path, segments, url, body);
    }

    String requestId = "req_" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    MockResponse response = toResponse(reply, requestId);
    checkResponse(method, path, reply);
    requests.add(
        new FakeRequest(
            method,
            path,
            url.encodedQuery() == null ? "" : url.encodedQuery(),
            redactedHeaders(request),
            body,
            authorized,
            reply.status,
            requestId));
    return response;
  }

  private Reply handle(
      String method, String path, List<String> segments, HttpUrl url, String body) {
    Optional<FakeFaultQueue.Fault> fault = faults.take(method, path);
    if (fault.isPresent()) {
      switch (fault.get().kind()) {
        case RATE_LIMIT -> {
          int retryAfter = fault.get().value();
          Reply reply =
              Reply.problem(new FakeProblem(429, "rate limit exceeded for the minute window"));
          reply.headers.put("Retry-After", Integer.toString(retryAfter));
          reply.headers.put("RateLimit", rateLimits.exhausted(retryAfter));
          return reply;
        }
        case SERVER_ERROR -> {
          int status = fault.get().value();
          return Reply.problem(new FakeProblem(status, "upstream failure, try again"));
        }
        case DISCONNECT -> {
          return Reply.disconnected();
        }
        case DELAY -> {
          Reply reply = route(method, path, segments, url, body);
          reply.delay = fault.get().delay();
          return reply;
        }
      }
    }
    return route(method, path, segments, url, body);
  }

  private Reply route(String method, String path, List<String> segments, HttpUrl url, String body) {
    try {
      return routeOrThrow(method, path, segments, url, body);
    } catch (FakeProblem problem) {
      return Reply.problem(problem);
    } catch (RuntimeException e) {
      // A bug in the fake: answer like a failing server and make the test's checks fail.
      responseViolations.add(method + " " + path + " failed inside the fake: " + e);
      return Reply.problem(new FakeProblem(500, "The fake RunPod failed: " + e));
    }
  }

  private Reply routeOrThrow(
      String method, String path, List<String> segments, HttpUrl url, String body) {
    int size = segments.size();
    if (size < 2 || !segments.get(0).equals("v2")) {
      throw new FakeProblem(404, "No resource at " + path + " in the fake RunPod");
    }
    String resource = segments.get(1);
    if (resource.equals("pods") && size == 2) {
      return switch (method) {
        case "GET" -> Reply.json(200, account.listPods(), "ListPodsResponse");
        case "POST" -> create(path, body);
        default -> notAllowed(method, path, "GET, POST");
      };
    }
    if (resource.equals("pods") && size == 3) {
      String id = segments.get(2);
      return switch (method) {
        case "GET" -> Reply.json(200, account.getPod(id), "Pod");
        case "PATCH" ->
            Reply.json(
                200,
                account.updatePod(id, validated("PATCH", path, "UpdatePodRequest", body)),
                "Pod");
        case "DELETE" -> {
          account.deletePod(id);
          yield Reply.empty(204);
        }
        default -> notAllowed(method, path, "GET, PATCH, DELETE");
      };
    }
    if (resource.equals("pods") && size == 4 && segments.get(3).equals("action")) {
      if (!method.equals("POST")) {
        return notAllowed(method, path, "POST");
      }
      String action = (String) validated(method, path, "PodActionRequest", body).get("action");
      String pod = account.action(segments.get(2), action);
      return pod == null ? Reply.empty(204) : Reply.json(200, pod, "Pod");
    }
    if (resource.equals("pods") && size == 4 && segments.get(3).equals("logs")) {
      return method.equals("GET")
          ? logs(method, path, segments.get(2), url)
          : notAllowed(method, path, "GET");
    }
    if (resource.equals("catalog") && size >= 3 && size <= 4 && segments.get(2).equals("gpus")) {
      if (!method.equals("GET")) {
        return notAllowed(method, path, "GET");
      }
      return size == 3
          ? Reply.json(200, account.listGpuTypes(), "ListGpuTypesResponse")
          : Reply.json(200, account.getGpuType(segments.get(3)), "GpuType");
    }
    if (resource.equals("account") && size == 3 && segments.get(2).equals("ssh-keys")) {
      return switch (method) {
        case "GET" -> Reply.json(200, account.sshKeysJson(), "SshKeys");
        case "PUT" -> replaceSshKeys(path, body);
        default -> notAllowed(method, path, "GET, PUT");
      };
    }
    // NOTE: the fake serves only the pod, GPU catalog and SSH key endpoints of the contract.
    throw new FakeProblem(404, "No resource at " + path + " in the fake RunPod");
  }

  private Reply create(String path, String body) {
    FakeAccount.Created created =
        account.createPod(validated("POST", path, "CreatePodRequest", body));
    return switch (created.dropped()) {
      case NONE -> Reply.json(201, created.podJson(), "Pod");
      case DISCONNECT -> Reply.disconnected();
      case SERVER_ERROR -> Reply.problem(new FakeProblem(500, "upstream failure, try again"));
    };
  }

  @SuppressWarnings("unchecked")
  private Reply replaceSshKeys(String path, String body) {
    List<String> keys =
        (List<String>) validated("PUT", path, "UpdateSshKeysRequest", body).get("keys");
    account.replaceSshKeys(keys);
    return Reply.json(200, account.sshKeysJson(), "SshKeys");
  }

  private Reply logs(String method, String path, String podId, HttpUrl url) {
    String source = url.queryParameter("source");
    List<String> errors = new ArrayList<>();
    if (source != null && !source.equals("container") && !source.equals("system")) {
      errors.add("$.source: does not have a value in the enumeration [container, system]");
    }
    int tail = 100;
    String tailText = url.queryParameter("tail");
    if (tailText != null) {
      try {
        tail = Integer.parseInt(tailText);
      } catch (NumberFormatException e) {
        tail = -1;
      }
      if (tail < 0 || tail > 5000) {
        errors.add("$.tail: must be an integer from 0 to 5000, got " + tailText);
      }
    }
    if (!errors.isEmpty()) {
      throw violation(method, path, errors);
    }
    Reply reply = new Reply();
    reply.status = 200;
    reply.contentType = "text/event-stream";
    reply.body = account.logEvents(podId, source, tail);
    reply.headers.put("Cache-Control", "no-cache");
    reply.headers.put("Connection", "keep-alive");
    reply.headers.put("X-Accel-Buffering", "no");
    return reply;
  }

  /** Checks a request body against a contract schema and parses it. */
  private Map<String, Object> validated(String method, String path, String schema, String body) {
    List<String> errors = contract.validate(schema, body);
    if (!errors.isEmpty()) {
      throw violation(method, path, errors);
    }
    return FakeJson.readObject(body);
  }

  private FakeProblem violation(String method, String path, List<String> errors) {
    for (String error : errors) {
      contractViolations.add(method + " " + path + ": " + error);
    }
    return new FakeProblem(422, "Request validation failed.", errors);
  }

  private static Reply notAllowed(String method, String path, String allowed) {
    Reply reply =
        Reply.problem(
            new FakeProblem(405, method + " is not allowed on " + path + ". Use " + allowed));
    reply.headers.put("Allow", allowed);
    return reply;
  }

  private MockResponse toResponse(Reply reply, String requestId) {
    MockResponse.Builder builder = new MockResponse.Builder();
    if (reply.disconnect) {
      return builder.onResponseStart(new SocketEffect.CloseSocket()).build();
    }
    builder.code(reply.status);
    builder.setHeader("X-Request-Id", requestId);
    builder.setHeader("RateLimit-Policy", FakeRateLimitWindows.POLICY);
    builder.setHeader("RateLimit", rateLimits.record());
    reply.headers.forEach(builder::setHeader);
    if (reply.body != null) {
      builder.setHeader("Content-Type", reply.contentType + "; charset=utf-8");
      builder.body(reply.body);
    }
    if (!reply.delay.isZero()) {
      builder.headersDelay(reply.delay.toMillis(), TimeUnit.MILLISECONDS);
    }
    return builder.build();
  }

  /** Validates a JSON response body against its contract schema, so the fake never lies. */
  private void checkResponse(String method, String path, Reply reply) {
    if (reply.schemaName == null) {
      return;
    }
    for (String error : contract.validate(reply.schemaName, reply.body)) {
      responseViolations.add(
          method + " " + path + " -> " + reply.status + " " + reply.schemaName + ": " + error);
    }
  }

  private static Map<String, List<String>> redactedHeaders(RecordedRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request
        .getHeaders()
        .toMultimap()
        .forEach((name, values) -> headers.put(name, List.copyOf(values)));
    headers.computeIfPresent("authorization", (name, values) -> List.of("<redacted>"));
    return Map.copyOf(headers);
  }

  List<FakeRequest> requests() {
    return List.copyOf(requests);
  }

  void clearRequests() {
    requests.clear();
  }

  List<String> contractViolations() {
    return List.copyOf(contractViolations);
  }

  List<String> responseViolations() {
    return List.copyOf(responseViolations);
  }

  void clearContractViolations() {
    contractViolations.clear();
  }
}

package dev.rp.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The state of the fake RunPod account (pods, SSH keys, catalog, settings and the faults that
 * change how creates and starts end) and the operations of the API on it. Every method holds the
 * instance's lock, so requests on several server threads and test code never interleave.
 */
final class FakeAccount {

  /** How the response of a create that took effect is spoiled. */
  enum DroppedCreate {
    NONE,
    DISCONNECT,
    SERVER_ERROR
  }

  /** A created pod's JSON and how its response is spoiled. */
  record Created(String podJson, DroppedCreate dropped) {}

  static final String NO_CAPACITY_DETAIL =
      "There are no longer any instances available with the requested specifications. "
          + "Please refresh and try again.";
  static final String HOST_GPUS_TAKEN_DETAIL =
      "There are not enough free GPUs on the host machine to start this pod.";
  static final String INSUFFICIENT_BALANCE_DETAIL =
      "Your account balance is too low to deploy this pod. Add funds, then create it again.";

  private static final List<String> DEFAULT_LOG_LINES =
      List.of("Container started", "Jupyter Lab is running", "SSH daemon is listening on 22");
  private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final Clock clock = Clock.systemUTC();
  private final Map<String, FakePodState> pods = new LinkedHashMap<>();
  private final Set<String> gpusWithoutCapacity = new HashSet<>();
  private final List<DroppedCreate> droppedCreates = new ArrayList<>();
  private List<String> sshKeys = new ArrayList<>();
  private FakeCatalog catalog = FakeCatalog.loadDefault();
  private Duration provisioningTime = Duration.ofMillis(300);
  private Duration startingTime = Duration.ofMillis(300);
  private FakeSshEndpoints sshEndpoints = FakeSshEndpoints.cycling("127.0.0.1", 22);
  private FakeSshEndpoints.Endpoint sshProxy;
  private boolean insufficientBalance;

  // Settings.

  synchronized void provisioningTime(Duration time) {
    provisioningTime = requireNonNegative(time, "Provisioning time");
  }

  synchronized void startingTime(Duration time) {
    startingTime = requireNonNegative(time, "Starting time");
  }

  synchronized void sshEndpoints(FakeSshEndpoints supplier) {
    if (supplier == null) {
      throw new IllegalArgumentException("SSH endpoint supplier is missing");
    }
    sshEndpoints = supplier;
  }

  synchronized void sshProxy(FakeSshEndpoints.Endpoint proxy) {
    sshProxy = proxy;
  }

  synchronized void catalog(FakeCatalog newCatalog) {
    catalog = newCatalog;
  }

  // Faults that persist or wait for a particular create or start.

  synchronized void noCapacity(String gpuId, boolean none) {
    if (none) {
      gpusWithoutCapacity.add(gpuId);
    } else {
      gpusWithoutCapacity.remove(gpuId);
    }
  }

  synchronized void insufficientBalance(boolean insufficient) {
    insufficientBalance = insufficient;
  }

  synchronized void dropNextCreate(DroppedCreate how) {
    droppedCreates.add(how);
  }

  synchronized void hostGpusTaken(String podId) {
    require(podId).hostGpusTaken = true;
  }

  synchronized void clearFaults() {
    gpusWithoutCapacity.clear();
    droppedCreates.clear();
    insufficientBalance = false;
    pods.values().forEach(pod -> pod.hostGpusTaken = false);
  }

  // API operations. Each throws FakeProblem for an error response.

  synchronized String listPods() {
    Instant now = now();
    List<Object> list = new ArrayList<>();
    for (FakePodState pod : pods.values()) {
      list.add(render(pod, now));
    }
    return FakeJson.write(Map.of("pods", list));
  }

  synchronized String getPod(String id) {
    return FakeJson.write(render(find(id), now()));
  }

  synchronized Created createPod(Map<String, Object> body) {
    checkCreatable(body);
    FakePodState pod = build(body, FakePodState.PROVISIONING);
    DroppedCreate dropped =
        droppedCreates.isEmpty() ? DroppedCreate.NONE : droppedCreates.remove(0);
    return new Created(FakeJson.write(render(pod, now())), dropped);
  }

  synchronized String updatePod(String id, Map<String, Object> body) {
    FakePodState pod = find(id);
    FakePodRules.checkUpdate(pod, body);
    FakePodRules.applyUpdate(pod, body);
    return FakeJson.write(render(pod, now()));
  }

  synchronized void deletePod(String id) {
    find(id);
    pods.remove(id);
  }

  /** Applies an action and returns the pod's JSON, or null for terminate, which has no body. */
  synchronized String action(String id, String action) {
    Instant now = now();
    FakePodState pod = find(id);
    // Catch up with the clock first, so the action is checked against the status a GET shows.
    advance(pod, now);
    if (!pod.actions().contains(action)) {
      throw new FakeProblem(
          409,
          "Action '"
              + action
              + "' is not valid for pod "
              + id
              + " in status "
              + pod.status
              + (pod.locked ? " while it is locked" : "")
              + ". Valid now: "
              + pod.actions());
    }
    switch (action) {
      case "start" -> start(pod, now);
      case "stop" -> pod.enter(FakePodState.EXITED, now);
      case "restart" -> pod.enter(FakePodState.STARTING, now);
      case "terminate" -> {
        pods.remove(id);
        return null;
      }
      default -> throw new IllegalStateException("Unhandled action " + action);
    }
    return FakeJson.write(render(pod, now));
  }

  synchronized String listGpuTypes() {
    return catalog.listJson();
  }

  synchronized String getGpuType(String gpuId) {
    return FakeCatalog.gpuJson(
        catalog
            .find(gpuId)
            .orElseThrow(() -> new FakeProblem(404, "GPU type '" + gpuId + "' not found")));
  }

  synchronized String sshKeysJson() {
    return FakeJson.write(Map.of("keys", sshKeys));
  }

  synchronized void replaceSshKeys(List<String> keys) {
    sshKeys = new ArrayList<>(keys);
  }

  /**
   * Renders the last {@code tail} log lines of the pod as Server-Sent Events.
   *
   * <p>NOTE: the stream ends after these lines, where RunPod keeps it open for new ones, and {@code
   * since} and {@code Last-Event-ID} are ignored.
   */
  synchronized String logEvents(String id, String source, int tail) {
    List<FakePodState.LogLine> lines = new ArrayList<>();
    for (FakePodState.LogLine line : find(id).logs) {
      if (source == null || source.equals(line.source())) {
        lines.add(line);
      }
    }
    StringBuilder events = new StringBuilder();
    int sequence = 0;
    for (FakePodState.LogLine line :
        lines.subList(Math.max(0, lines.size() - tail), lines.size())) {
      sequence++;
      String timestamp = FakePodState.timestamp(line.timestamp());
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("ts", timestamp);
      data.put("source", line.source());
      data.put("line", line.line());
      events.append("id: ").append(timestamp).append('/').append(String.format("%012d", sequence));
      events.append("\ndata: ").append(FakeJson.write(data)).append("\n\n");
    }
    return events.toString();
  }

  // Test helpers.

  synchronized List<FakePod> pods() {
    Instant now = now();
    List<FakePod> views = new ArrayList<>();
    for (FakePodState pod : pods.values()) {
      advance(pod, now);
      views.add(pod.view());
    }
    return views;
  }

  synchronized Optional<FakePod> pod(String id) {
    FakePodState pod = pods.get(id);
    if (pod == null) {
      return Optional.empty();
    }
    advance(pod, now());
    return Optional.of(pod.view());
  }

  /** Adds a pod as if made elsewhere, skipping faults but not the catalog's rules. */
  synchronized String addPod(Map<String, Object> body, String status) {
    requireStatus(status);
    try {
      FakePodRules.checkGpu(catalog, body);
    } catch (FakeProblem e) {
      throw new IllegalArgumentException(e.detail(), e);
    }
    return build(body, status).id;
  }

  synchronized boolean removePod(String id) {
    return pods.remove(id) != null;
  }

  /**
   * Puts a pod into a status. Leaving EXITED, ERROR or TERMINATED for a running status counts as a
   * start, so the pod takes its next SSH endpoint.
   */
  synchronized void setStatus(String id, String status) {
    requireStatus(status);
    FakePodState pod = require(id);
    Instant now = now();
    advance(pod, now);
    boolean wasDown =
        List.of(FakePodState.EXITED, FakePodState.ERROR, FakePodState.TERMINATED)
            .contains(pod.status);
    boolean goesUp =
        List.of(FakePodState.PROVISIONING, FakePodState.STARTING, FakePodState.RUNNING)
            .contains(status);
    if (wasDown && goesUp) {
      takeSshEndpoint(pod);
    }
    pod.enter(status, now);
  }

  synchronized List<String> sshKeys() {
    return List.copyOf(sshKeys);
  }

  synchronized void logLines(String id, List<String> lines) {
    FakePodState pod = require(id);
    Instant now = now();
    pod.logs.removeIf(line -> "container".equals(line.source()));
    for (String line : lines) {
      pod.logs.add(new FakePodState.LogLine("container", line, now));
    }
  }

  // Internals.

  private FakePodState build(Map<String, Object> body, String status) {
    Instant now = now();
    FakePodState pod = new FakePodState(newPodId(), now);
    FakePodRules.applyCreate(catalog, pod, body);
    pod.logs.add(new FakePodState.LogLine("system", "Pulling image " + pod.image, now));
    pod.logs.add(new FakePodState.LogLine("system", "Starting container", now));
    for (String line : DEFAULT_LOG_LINES) {
      pod.logs.add(new FakePodState.LogLine("container", line, now));
    }
    if (!FakePodState.EXITED.equals(status) && !FakePodState.ERROR.equals(status)) {
      takeSshEndpoint(pod);
    }
    pod.enter(status, now);
    pods.put(pod.id, pod);
    return pod;
  }

  private void start(FakePodState pod, Instant now) {
    if (pod.hostGpusTaken) {
      pod.hostGpusTaken = false;
      throw new FakeProblem(400, HOST_GPUS_TAKEN_DETAIL);
    }
    takeSshEndpoint(pod);
    pod.enter(FakePodState.STARTING, now);
  }

  private void takeSshEndpoint(FakePodState pod) {
    pod.startCount++;
    pod.sshEndpoint = sshEndpoints.next(pod.id, pod.startCount);
  }

  private void checkCreatable(Map<String, Object> body) {
    Map<String, Object> gpu = FakePodRules.checkCreate(catalog, body);
    if (insufficientBalance) {
      throw new FakeProblem(402, INSUFFICIENT_BALANCE_DETAIL);
    }
    if (gpusWithoutCapacity.contains((String) gpu.get("id"))) {
      throw new FakeProblem(400, NO_CAPACITY_DETAIL);
    }
  }

  private Map<String, Object> render(FakePodState pod, Instant now) {
    advance(pod, now);
    return pod.toJson(now, sshProxy);
  }

  private void advance(FakePodState pod, Instant now) {
    pod.advance(now, provisioningTime, startingTime);
  }

  private FakePodState find(String id) {
    FakePodState pod = pods.get(id);
    if (pod == null) {
      throw new FakeProblem(404, "Pod '" + id + "' not found");
    }
    return pod;
  }

  private FakePodState require(String id) {
    FakePodState pod = pods.get(id);
    if (pod == null) {
      throw new IllegalArgumentException("No pod '" + id + "' on the fake account");
    }
    return pod;
  }

  private static void requireStatus(String status) {
    if (!FakePodState.STATUSES.contains(status)) {
      throw new IllegalArgumentException(
          "Unknown pod status '" + status + "'. Use one of " + FakePodState.STATUSES);
    }
  }

  private static Duration requireNonNegative(Duration time, String what) {
    if (time == null || time.isNegative()) {
      throw new IllegalArgumentException(what + " " + time + " must be zero or positive");
    }
    return time;
  }

  private Instant now() {
    return clock.instant();
  }

  private String newPodId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String id;
    do {
      StringBuilder builder = new StringBuilder();
      for (int i = 0; i < 14; i++) {
        builder.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
      }
      id = builder.toString();
    } while (pods.containsKey(id));
    return id;
  }
}

package dev.rp.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One pod of the fake RunPod, mutable and guarded by the account's lock. Its status advances
 * lazily: each read first calls {@link #advance} with the current time, so no timer thread runs.
 */
final class FakePodState {

  static final String PROVISIONING = "PROVISIONING";
  static final String STARTING = "STARTING";
  static final String RUNNING = "RUNNING";
  static final String EXITED = "EXITED";
  static final String ERROR = "ERROR";
  static final String TERMINATED = "TERMINATED";
  static final List<String> STATUSES =
      List.of(PROVISIONING, STARTING, RUNNING, EXITED, ERROR, TERMINATED);

  /** One line of the pod's log stream. */
  record LogLine(String source, String line, Instant timestamp) {}

  final String id;
  final Instant createdAt;
  String name;
  String image;
  String args = "";
  int disk = 20;
  List<String> ports = new ArrayList<>();
  Map<String, Object> env = new LinkedHashMap<>();
  String registry;
  Map<String, Object> mounts = new LinkedHashMap<>();
  String gpuId;
  int gpuCount = 1;
  String cloud = "SECURE";
  String dataCenterId = "US-KS-2";
  String cudaVersion = "12.8";
  boolean locked;
  boolean globalNetworking;

  /** List price in USD per hour of one GPU of this pod's type in its cloud. */
  double gpuPrice;

  String status;

  /** When the current status began, the origin of the next automatic transition. */
  Instant statusSince;

  /** When the pod last reached RUNNING, or null while it is not running. */
  Instant startedAt;

  int startCount;
  FakeSshEndpoints.Endpoint sshEndpoint;
  boolean hostGpusTaken;
  List<LogLine> logs = new ArrayList<>();

  FakePodState(String id, Instant createdAt) {
    this.id = id;
    this.createdAt = createdAt;
  }

  /**
   * Moves PROVISIONING to STARTING and STARTING to RUNNING once each phase's time has passed,
   * dating each transition when it was due rather than when it was noticed.
   */
  void advance(Instant now, Duration provisioning, Duration starting) {
    if (PROVISIONING.equals(status) && !now.isBefore(statusSince.plus(provisioning))) {
      status = STARTING;
      statusSince = statusSince.plus(provisioning);
    }
    if (STARTING.equals(status) && !now.isBefore(statusSince.plus(starting))) {
      status = RUNNING;
      statusSince = statusSince.plus(starting);
      startedAt = statusSince;
    }
  }

  /** Puts the pod into a status now, clearing what only a running pod has. */
  void enter(String newStatus, Instant now) {
    status = newStatus;
    statusSince = now;
    startedAt = RUNNING.equals(newStatus) ? now : null;
  }

  /** Returns the actions valid in the current status; a locked pod cannot stop or restart. */
  List<String> actions() {
    List<String> actions = new ArrayList<>();
    switch (status) {
      case RUNNING -> actions.addAll(List.of("stop", "restart", "terminate"));
      case EXITED, ERROR -> actions.addAll(List.of("start", "terminate"));
      case PROVISIONING, STARTING -> actions.addAll(List.of("stop", "terminate"));
      default -> {}
    }
    if (locked) {
      actions.removeAll(List.of("stop", "restart"));
    }
    return actions;
  }

  /** Returns whether {@code ssh.direct} is published: the pod runs and exposes 22/tcp. */
  boolean publishesDirectSsh() {
    return RUNNING.equals(status) && ports.contains("22/tcp") && sshEndpoint != null;
  }

  FakePod view() {
    boolean published = publishesDirectSsh();
    return new FakePod(
        id,
        name,
        status,
        gpuId,
        gpuCount,
        cloud,
        published ? sshEndpoint.host() : null,
        published ? OptionalInt.of(sshEndpoint.port()) : OptionalInt.empty(),
        startCount);
  }

  /** Renders the pod as the contract's {@code Pod}, with every required member present. */
  Map<String, Object> toJson(Instant now, FakeSshEndpoints.Endpoint sshProxy) {
    Map<String, Object> pod = new LinkedHashMap<>();
    pod.put("id", id);
    pod.put("name", name);
    pod.put("status", status);
    pod.put("actions", actions());
    pod.put("image", image);
    pod.put("args", args);
    pod.put("disk", disk);
    pod.put("mounts", mounts);
    pod.put("ports", ports);
    pod.put("env", env);
    pod.put("registry", registry);
    pod.put("gpu", Map.of("id", gpuId, "count", gpuCount));
    pod.put("cloud", cloud);
    pod.put("dataCenterId", dataCenterId);
    pod.put("cudaVersion", cudaVersion);
    pod.put("ssh", sshJson(sshProxy));
    pod.put("template", null);
    pod.put("cost", cost());
    pod.put("locked", locked);
    pod.put("globalNetworking", globalNetworkingJson());
    pod.put("runtime", RUNNING.equals(status) ? runtimeJson(now) : null);
    pod.put("createdAt", timestamp(createdAt));
    pod.put("startedAt", startedAt == null ? null : timestamp(startedAt));
    return pod;
  }

  /** Returns the billed rate in USD per hour: nothing while stopped, as the contract states. */
  private double cost() {
    if (EXITED.equals(status) || TERMINATED.equals(status)) {
      return 0.0;
    }
    return Math.round(gpuPrice * gpuCount * 10_000) / 10_000.0;
  }

  private Map<String, Object> sshJson(FakeSshEndpoints.Endpoint sshProxy) {
    Map<String, Object> ssh = new LinkedHashMap<>();
    ssh.put("proxy", sshProxy == null ? null : endpointJson(sshProxy, id + "-" + shortId()));
    ssh.put("direct", publishesDirectSsh() ? endpointJson(sshEndpoint, "root") : null);
    return ssh;
  }

  private String shortId() {
    return Integer.toHexString(id.hashCode() & 0x7fffffff);
  }

  private static Map<String, Object> endpointJson(FakeSshEndpoints.Endpoint endpoint, String user) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("host", endpoint.host());
    json.put("port", endpoint.port());
    json.put("username", user);
    json.put("command", "ssh " + user + "@" + endpoint.host() + " -p " + endpoint.port());
    return json;
  }

  private Map<String, Object> globalNetworkingJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("enabled", globalNetworking);
    if (globalNetworking) {
      json.put("internalDns", id + ".runpod.internal");
    }
    return json;
  }

  private Map<String, Object> runtimeJson(Instant now) {
    Map<String, Object> runtime = new LinkedHashMap<>();
    runtime.put("uptime", Math.max(0, Duration.between(startedAt, now).toSeconds()));
    List<Object> gpus = new ArrayList<>();
    for (int i = 0; i < gpuCount; i++) {
      gpus.add(Map.of("util", 0, "memoryUtil", 0));
    }
    runtime.put("gpus", gpus);
    runtime.put("cpu", Map.of("util", 1));
    runtime.put("memory", Map.of("util", 5));
    runtime.put("ports", runtimePorts());
    return runtime;
  }

  /** Maps each exposed port: 22/tcp to the SSH endpoint, others unpublished in the fake. */
  private List<Object> runtimePorts() {
    List<Object> mappings = new ArrayList<>();
    for (String spec : ports) {
      String[] parts = spec.split("/", 2);
      int privatePort;
      try {
        privatePort = Integer.parseInt(parts[0]);
      } catch (NumberFormatException e) {
        continue;
      }
      String type = parts.length > 1 ? parts[1] : "tcp";
      Map<String, Object> mapping = new LinkedHashMap<>();
      mapping.put("private", privatePort);
      boolean ssh = "22/tcp".equals(spec) && sshEndpoint != null;
      mapping.put("public", ssh ? sshEndpoint.port() : null);
      mapping.put("type", type);
      mapping.put("ip", ssh ? sshEndpoint.host() : null);
      mappings.add(mapping);
    }
    return mappings;
  }

  static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}

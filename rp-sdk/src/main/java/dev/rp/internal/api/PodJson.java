package dev.rp.internal.api;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * Wire form of a pod as {@code GET /v2/pods/{id}} returns it. Internal; every field may be null.
 *
 * @param status the status as RunPod spells it, kept as text so that a new value cannot break
 *     parsing
 * @param cost the cost while running, in US dollars per hour
 * @param disk the container disk size in GB
 */
public record PodJson(
    String id,
    String name,
    String status,
    List<String> actions,
    String image,
    Integer disk,
    List<String> ports,
    Mounts mounts,
    Gpu gpu,
    String cloud,
    String dataCenterId,
    Ssh ssh,
    Double cost,
    Runtime runtime,
    String createdAt,
    String startedAt) {

  /** GPU type and count of a pod. */
  public record Gpu(String id, Integer count) {}

  /** Storage mounts of a pod; rp uses the host-local persistent volume only. */
  public record Mounts(PersistentMount persistent) {}

  /** Host-local persistent volume: its size in GB and its mount path. */
  public record PersistentMount(Integer size, String path) {}

  /** SSH endpoints of a pod: through RunPod's proxy, and straight to its published port. */
  public record Ssh(SshEndpoint proxy, SshEndpoint direct) {}

  /** One way to reach a pod over SSH. */
  public record SshEndpoint(String host, Integer port, String username) {}

  /** Live state of a running pod. */
  public record Runtime(List<RuntimePort> ports) {}

  /** Port mapping of a running pod; {@code private} and {@code public} are Java keywords. */
  public record RuntimePort(
      @Json(name = "private") Integer privatePort,
      @Json(name = "public") Integer publicPort,
      String type,
      String ip) {}
}

package dev.rp.internal.api;

import dev.rp.gpu.Cloud;
import dev.rp.gpu.GpuType;
import dev.rp.pods.CreatePodRequest;
import dev.rp.pods.Pod;
import dev.rp.pods.PodStatus;
import dev.rp.pods.RuntimePort;
import dev.rp.pods.SshEndpoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Maps Moshi wire records to rp's value types and back. */
final class WireMapper {

  private WireMapper() {}

  static Pod toPod(PodJson json) {
    String status = json.status() == null ? "" : json.status();
    Pod.Builder pod =
        Pod.builder()
            .id(orEmpty(json.id()))
            .name(orEmpty(json.name()))
            .status(PodStatus.fromApi(status))
            .statusText(status)
            .actions(orEmpty(json.actions()))
            .image(orEmpty(json.image()))
            .cloud(cloud(json.cloud()))
            .costPerHour(json.cost() == null ? 0.0 : json.cost())
            .containerDiskGb(orZero(json.disk()))
            .ports(orEmpty(json.ports()))
            .dataCenterId(Optional.ofNullable(json.dataCenterId()))
            .createdAt(instant(json.createdAt()))
            .startedAt(instant(json.startedAt()));
    PodJson.Gpu gpu = json.gpu();
    pod.gpuTypeId(gpu == null ? Optional.empty() : Optional.ofNullable(gpu.id()))
        .gpuCount(gpu == null ? 0 : gpuCount(gpu));
    PodJson.PersistentMount volume = json.mounts() == null ? null : json.mounts().persistent();
    pod.volumeGb(volume == null ? 0 : orZero(volume.size()));
    if (json.ssh() != null) {
      pod.directSsh(endpoint(json.ssh().direct())).proxySsh(endpoint(json.ssh().proxy()));
    }
    if (json.runtime() != null) {
      orEmpty(json.runtime().ports()).stream()
          .filter(port -> port.privatePort() != null)
          .map(WireMapper::runtimePort)
          .forEach(pod::addRuntimePorts);
    }
    return pod.build();
  }

  private static int gpuCount(PodJson.Gpu gpu) {
    if (gpu.count() != null) {
      return gpu.count();
    }
    // The contract's default count is 1 for a GPU pod.
    return gpu.id() == null ? 0 : 1;
  }

  /** Returns the endpoint only when host, port and username are all present. */
  private static Optional<SshEndpoint> endpoint(PodJson.SshEndpoint json) {
    if (json == null
        || json.host() == null
        || json.host().isBlank()
        || json.port() == null
        || json.username() == null
        || json.username().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(SshEndpoint.of(json.host(), json.port(), json.username()));
  }

  private static RuntimePort runtimePort(PodJson.RuntimePort json) {
    return RuntimePort.builder()
        .privatePort(json.privatePort())
        .publicPort(Optional.ofNullable(json.publicPort()))
        .type(orEmpty(json.type()))
        .ip(Optional.ofNullable(json.ip()))
        .build();
  }

  static GpuType toGpuType(GpuTypeJson json) {
    GpuTypeJson.PerCloud<Double> price = json.price();
    GpuTypeJson.PerCloud<Integer> maxCount = json.maxCount();
    return GpuType.builder()
        .id(orEmpty(json.id()))
        .name(orEmpty(json.name()))
        .memoryGb(orZero(json.memory()))
        .secure(Boolean.TRUE.equals(json.secure()))
        .community(Boolean.TRUE.equals(json.community()))
        .securePrice(price == null || price.secure() == null ? 0.0 : price.secure())
        .communityPrice(price == null || price.community() == null ? 0.0 : price.community())
        .secureMaxCount(maxCount == null ? 0 : orZero(maxCount.secure()))
        .communityMaxCount(maxCount == null ? 0 : orZero(maxCount.community()))
        .availability(Optional.ofNullable(json.availability()))
        .build();
  }

  static CreatePodJson toJson(CreatePodRequest request) {
    PodJson.Mounts mounts =
        request.volumeGb() == 0
            ? null
            : new PodJson.Mounts(
                new PodJson.PersistentMount(request.volumeGb(), request.volumeMountPath()));
    return new CreatePodJson(
        request.name(),
        request.image(),
        new PodJson.Gpu(request.gpuTypeId(), request.gpuCount()),
        request.cloud().name(),
        request.containerDiskGb(),
        mounts,
        request.ports(),
        request.env().isEmpty() ? null : request.env(),
        request.startSsh(),
        request.dataCenterIds().isEmpty() ? null : request.dataCenterIds());
  }

  static UpdatePodJson toJson(PodUpdate update) {
    return new UpdatePodJson(
        update.name().orElse(null),
        update.image().orElse(null),
        update.containerDiskGb().orElse(null),
        update.ports().orElse(null),
        update.env().orElse(null));
  }

  /** Parses an ISO-8601 date-time with an offset; a missing or malformed value is absent. */
  static Optional<Instant> instant(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Cloud> cloud(String text) {
    for (Cloud cloud : Cloud.values()) {
      if (cloud.name().equalsIgnoreCase(text)) {
        return Optional.of(cloud);
      }
    }
    return Optional.empty();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** Returns the list without null elements, which the value types reject. */
  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  private static int orZero(Integer number) {
    return number == null ? 0 : number;
  }
}

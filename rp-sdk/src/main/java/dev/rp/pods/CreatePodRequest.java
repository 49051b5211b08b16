package dev.rp.pods;

import dev.rp.InvalidInputException;
import dev.rp.gpu.Cloud;
import dev.rp.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Settings of a GPU pod to create.
 *
 * <p>Only {@link #name()}, {@link #image()} and {@link #gpuTypeId()} are required:
 *
 * <pre>{@code
 * CreatePodRequest request = CreatePodRequest.builder()
 *     .name("dev-1")
 *     .image("runpod/pytorch:2.8.0-py3.11-cuda12.8.1-cudnn-devel-ubuntu22.04")
 *     .gpuTypeId("NVIDIA H100 80GB HBM3")
 *     .volumeGb(500)
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link InvalidInputException} when a value is out of range, naming the
 * value and the accepted range.
 */
@Value.Immutable
@ValueStyle
public interface CreatePodRequest {

  /** Smallest persistent volume RunPod accepts, in GB. */
  int MIN_VOLUME_GB = 10;

  /** Returns the pod's name, which rp also uses to find the pod again after a lost response. */
  String name();

  /** Returns the container image, such as {@code runpod/pytorch:2.8.0-py3.11-cuda12.8.1}. */
  String image();

  /** Returns the GPU type identifier from the catalog, such as {@code NVIDIA H100 80GB HBM3}. */
  String gpuTypeId();

  /** Returns the number of GPUs, 1 by default. */
  @Value.Default
  default int gpuCount() {
    return 1;
  }

  /** Returns the cloud to place the pod in, {@link Cloud#SECURE} by default. */
  @Value.Default
  default Cloud cloud() {
    return Cloud.SECURE;
  }

  /** Returns the container disk size in GB, 20 by default. It is wiped on every restart. */
  @Value.Default
  default int containerDiskGb() {
    return 20;
  }

  /**
   * Returns the persistent volume size in GB: 0 (the default) for no volume, else at least {@value
   * #MIN_VOLUME_GB}. The volume lives on the pod's host machine.
   */
  @Value.Default
  default int volumeGb() {
    return 0;
  }

  /** Returns where the volume is mounted in the container, {@code /workspace} by default. */
  @Value.Default
  default String volumeMountPath() {
    return "/workspace";
  }

  /**
   * Returns the ports to expose as {@code port/protocol}, {@code 22/tcp} and {@code 8888/http} by
   * default. Direct SSH needs {@code 22/tcp}.
   */
  @Value.Default
  default List<String> ports() {
    return List.of("22/tcp", "8888/http");
  }

  /** Returns the environment variables of the container. */
  Map<String, String> env();

  /**
   * Returns whether RunPod installs the account's registered SSH public keys in the pod, true by
   * default. Images that follow RunPod's convention start sshd with them.
   */
  @Value.Default
  default boolean startSsh() {
    return true;
  }

  /** Returns the preferred data centres, such as {@code US-TX-3}; empty lets RunPod choose. */
  List<String> dataCenterIds();

  /** Rejects values that RunPod would reject, naming the value and the accepted range. */
  @Value.Check
  default void check() {
    requireText("name", name());
    requireText("image", image());
    requireText("gpuTypeId", gpuTypeId());
    if (gpuCount() < 1) {
      throw new InvalidInputException("Invalid GPU count " + gpuCount() + ": use 1 or more.");
    }
    if (containerDiskGb() < 1) {
      throw new InvalidInputException(
          "Invalid container disk size " + containerDiskGb() + " GB: use 1 GB or more.");
    }
    if (volumeGb() != 0 && volumeGb() < MIN_VOLUME_GB) {
      throw new InvalidInputException(
          "Invalid volume size "
              + volumeGb()
              + " GB: RunPod needs at least "
              + MIN_VOLUME_GB
              + " GB, or 0 for no volume.");
    }
    if (!volumeMountPath().startsWith("/")) {
      throw new InvalidInputException(
          "Invalid volume mount path '" + volumeMountPath() + "': use an absolute path.");
    }
    ports().forEach(CreatePodRequest::checkPort);
  }

  private static void requireText(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidInputException("Missing " + field + ": it must not be blank.");
    }
  }

  private static void checkPort(String port) {
    var matcher = Pattern.compile("(\\d{1,5})/(tcp|http)").matcher(port);
    int number = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    if (number < 1 || number > 65535) {
      throw new InvalidInputException(
          "Invalid port '" + port + "': use port/protocol with tcp or http, such as 22/tcp.");
    }
  }

  /** Returns a builder of a create request. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link CreatePodRequest}. */
  final class Builder extends ImmutableCreatePodRequest.Builder {}
}

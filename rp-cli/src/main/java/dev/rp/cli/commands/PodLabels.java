package dev.rp.cli.commands;

import dev.rp.cli.output.Colour;
import dev.rp.cli.output.Money;
import dev.rp.pods.Pod;
import java.util.Optional;

/** Texts that {@code rp list} and {@code rp show} print for a pod's GPUs, cost and status. */
final class PodLabels {

  /** Text of a value that is unknown or does not apply. */
  static final String NONE = "-";

  private PodLabels() {}

  /** Returns the GPUs as {@code 2x NVIDIA A40}, or {@link #NONE} for a CPU or missing pod. */
  static String gpu(Optional<Pod> pod) {
    if (pod.isEmpty() || pod.get().gpuCount() == 0 || pod.get().gpuTypeId().isEmpty()) {
      return NONE;
    }
    return pod.get().gpuCount() + "x " + pod.get().gpuTypeId().get();
  }

  /**
   * Returns the hourly cost as {@code $3.200}, or {@link #NONE} for a missing pod or one that the
   * API bills nothing per hour, such as a stopped pod.
   */
  static String cost(Optional<Pod> pod) {
    if (pod.isEmpty() || pod.get().costPerHour() <= 0) {
      return NONE;
    }
    return Money.amount(pod.get().costPerHour());
  }

  /** Returns {@code label} coloured: running green, stopped and invalid red, others yellow. */
  static String status(String label, Colour colour) {
    switch (label) {
      case "running":
        return colour.green(label);
      case "stopped":
      case "invalid":
        return colour.red(label);
      default:
        return colour.yellow(label);
    }
  }
}

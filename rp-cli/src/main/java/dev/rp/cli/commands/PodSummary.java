package dev.rp.cli.commands;

import dev.rp.cli.output.Money;
import dev.rp.pods.CreatePlan;
import dev.rp.pods.TrackedPod;
import java.util.Locale;
import java.util.Map;

/**
 * Blocks of {@code Label: value} lines that describe a pod to create or a pod that is up, laid out
 * like the Python rp's {@code show} output.
 */
final class PodSummary {

  private static final String RULE = "=".repeat(60);
  private static final int LABEL_WIDTH = 11;

  private PodSummary() {}

  /** Returns the plan as a titled block, ending with a newline. */
  static String plan(CreatePlan plan) {
    StringBuilder text = new StringBuilder();
    text.append("Pod to create: ").append(plan.alias()).append('\n').append(RULE).append('\n');
    line(text, "Alias", plan.alias());
    plan.templateId().ifPresent(template -> line(text, "Template", template));
    line(
        text,
        "GPU",
        plan.gpuCount()
            + "x "
            + plan.gpuName()
            + " ("
            + plan.gpuTypeId()
            + ", "
            + plan.gpuMemoryGb()
            + " GB each)");
    line(text, "Why", plan.gpuReason());
    line(text, "Cloud", plan.cloud().name().toLowerCase(Locale.ROOT));
    line(text, "Cost", Money.perHour(plan.pricePerHour()));
    line(text, "Storage", plan.volumeGb() == 0 ? "none" : plan.volumeGb() + "GB");
    line(text, "Container", plan.containerDiskGb() + "GB");
    line(text, "Image", plan.image());
    line(text, "Ports", String.join(", ", plan.ports()));
    plan.replacedPodId()
        .ifPresent(id -> line(text, "Replaces", "pod " + id + ", which is left as it is"));
    config(text, plan.config());
    text.append(RULE).append('\n');
    return text.toString();
  }

  /**
   * Returns the lines printed once a pod is up: alias, pod id, how to connect, the hourly cost and,
   * when it failed, the setup script's exit code.
   *
   * @param ssh the command that connects, or a note on why there is none
   */
  static String ready(TrackedPod pod, String ssh, double pricePerHour) {
    StringBuilder text = new StringBuilder();
    line(text, "Alias", pod.alias());
    line(text, "Pod ID", pod.podId());
    line(text, "SSH", ssh);
    line(text, "Cost", Money.perHour(pricePerHour));
    pod.setupExitCode()
        .filter(exit -> exit != 0)
        .ifPresent(exit -> line(text, "Setup", "failed with exit code " + exit + " (see above)"));
    return text.toString();
  }

  private static void config(StringBuilder text, Map<String, String> config) {
    if (config.isEmpty()) {
      line(text, "Config", "none");
      return;
    }
    text.append("Config:\n");
    config.forEach(
        (key, value) -> text.append("  ").append(key).append(": ").append(value).append('\n'));
  }

  private static void line(StringBuilder text, String label, String value) {
    String prefix = label + ":";
    text.append(prefix).append(" ".repeat(Math.max(1, LABEL_WIDTH - prefix.length())));
    text.append(value).append('\n');
  }
}

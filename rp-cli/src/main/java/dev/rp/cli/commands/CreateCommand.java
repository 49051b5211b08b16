package dev.rp.cli.commands;

import dev.rp.cli.completion.TemplateCandidates;
import dev.rp.gpu.Cloud;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp create}: creates a pod, tracks it under an alias and waits until SSH works. */
@Command(
    name = "create",
    header = "Creates a pod and waits until it accepts SSH.",
    footerHeading = "%nExamples:%n",
    description = {
      "Creates a pod from a template or from options, tracks it under an alias, waits until it"
          + " runs and accepts SSH, writes its SSH config entry and runs setup.sh on it.",
      "Options given with a template override the template's values."
    },
    footer = {
      "  rp create --alias my-pod --gpu 2xA100 --storage 500GB",
      "  rp create ml-training",
      "  rp create ml-training --alias custom-pod --gpu 8xH100",
      "  rp create --alias my-pod --gpu H100 --storage 1TB --config path=/workspace/x --dry-run"
    })
public final class CreateCommand extends BaseCommand {

  /** Container image used when neither the template nor {@code --image} names one. */
  public static final String DEFAULT_IMAGE =
      "runpod/pytorch:2.8.0-py3.11-cuda12.8.1-cudnn-devel-ubuntu22.04";

  /** Container disk size used when neither the template nor {@code --container-disk} sets one. */
  public static final String DEFAULT_CONTAINER_DISK = "20GB";

  // The defaults are applied when wiring, not by picocli, so that a template's own image and
  // container disk win over them and only an explicit option overrides the template.

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TEMPLATE",
      completionCandidates = TemplateCandidates.class,
      description = "Template to create the pod from, such as ml-training or h100.")
  String template;

  @Option(
      names = "--alias",
      paramLabel = "ALIAS",
      description =
          "Alias of the new pod, also its SSH host name, such as my-pod-1. Required without a"
              + " template; with one, replaces the numbered alias of its pattern.")
  String alias;

  @Option(
      names = "--gpu",
      paramLabel = "SPEC",
      description =
          "GPUs as [COUNTx]MODEL, such as 2xA100, H100 or 4xRTX4090; COUNT defaults to 1 and"
              + " MODEL matches RunPod's GPU names in any case.")
  String gpu;

  @Option(
      names = "--storage",
      paramLabel = "SIZE",
      description =
          "Size of the persistent volume mounted at /workspace, in GB or TB, such as 500GB or"
              + " 1TB (1TB = 1000GB).")
  String storage;

  @Option(
      names = "--container-disk",
      paramLabel = "SIZE",
      description =
          "Size of the container's disk, which is erased when the pod stops, in GB or TB;"
              + " default: the template's, else "
              + DEFAULT_CONTAINER_DISK
              + ".")
  String containerDisk;

  @Option(
      names = "--image",
      paramLabel = "IMAGE",
      description = "Container image to run; default: the template's, else " + DEFAULT_IMAGE + ".")
  String image;

  @Option(
      names = "--config",
      paramLabel = "KEY=VALUE",
      description =
          "Sets a per-pod setting, such as path=/workspace/project (the folder rp shell and rp"
              + " cursor open). Repeatable; overrides the template's setting of the same key.")
  Map<String, String> config = new LinkedHashMap<>();

  @Option(
      names = "--cloud",
      paramLabel = "CLOUD",
      description =
          "Restricts the pod to one RunPod cloud: SECURE (RunPod's data centres) or COMMUNITY"
              + " (community hosts, usually cheaper).")
  Cloud cloud;

  @Mixin WaitOptions wait;

  @Option(
      names = "--no-wait",
      description =
          "Returns once RunPod has accepted the pod, without waiting for it to run; the SSH"
              + " entry and setup.sh are then left to rp start.")
  boolean noWait;

  @Option(
      names = {"-f", "--force"},
      description = "Replaces an existing alias of the same name.")
  boolean force;

  @Option(names = "--dry-run", description = "Prints the pod that would be created; creates none.")
  boolean dryRun;
}

package dev.rp.pods;

import dev.rp.gpu.Cloud;
import java.time.Duration;
import java.util.Map;

/**
 * Creation of one pod, configured step by step and carried out by {@link #start()} or {@link
 * #submit()}. The steps touch nothing; values from a template apply first and explicit steps
 * override them.
 */
public interface PodCreation {

  /** Image of pods created without one, the Python rp's default. */
  String DEFAULT_IMAGE = "runpod/pytorch:2.8.0-py3.11-cuda12.8.1-cudnn-devel-ubuntu22.04";

  /** Container disk size of pods created without one. */
  String DEFAULT_CONTAINER_DISK = "20GB";

  /** Ports of pods created by rp: SSH, and Jupyter through RunPod's HTTP proxy. */
  java.util.List<String> DEFAULT_PORTS = java.util.List.of("22/tcp", "8888/http");

  /** Uses the template {@code identifier} for every value not set explicitly, and its alias. */
  PodCreation fromTemplate(String identifier);

  /** Sets the alias, overriding the template's numbered one. */
  PodCreation alias(String alias);

  /** Sets the GPU spec, {@code [N x]MODEL} such as {@code 2xA100} or {@code H100-SXM}. */
  PodCreation gpu(String spec);

  /** Sets the persistent volume size mounted at {@code /workspace}, such as {@code 500GB}. */
  PodCreation storage(String size);

  /** Sets the container disk size, {@code 20GB} by default. */
  PodCreation containerDisk(String size);

  /** Sets the container image, the Python rp's PyTorch image by default. */
  PodCreation image(String image);

  /** Sets the cloud, {@link Cloud#SECURE} by default. */
  PodCreation cloud(Cloud cloud);

  /** Sets one per-pod configuration value, overriding the template's. */
  PodCreation config(String key, String value);

  /** Sets per-pod configuration values, overriding the template's. */
  PodCreation config(Map<String, String> values);

  /** Sets whether an existing alias of the same name may be pointed at the new pod. */
  PodCreation replace(boolean replace);

  /**
   * Sets whether to add the public key of rp's identity file to the account's SSH keys when it is
   * missing there. Otherwise creation fails and explains what to do. Existing keys are kept.
   */
  PodCreation registerSshKey(boolean register);

  /** Sets the deadline of the wait for the pod to accept SSH connections, 10 minutes by default. */
  PodCreation timeout(Duration timeout);

  /** Sets the listener of the wait and of the setup script's output. */
  PodCreation progress(PodProgress progress);

  /** Sets whether to run {@code setup.sh} once SSH responds, true by default. */
  PodCreation runSetup(boolean runSetup);

  /**
   * Resolves everything the creation needs, reading the GPU catalog and the account's SSH keys, and
   * creates nothing; a later {@link #start()} or {@link #submit()} uses this plan.
   *
   * @throws dev.rp.InvalidInputException when a value is invalid, the alias is taken, or the GPU
   *     type is not offered as requested
   */
  CreatePlan plan();

  /**
   * Creates the pod and tracks it, without waiting for it to run.
   *
   * @throws dev.rp.InvalidInputException as {@link #plan()} does
   * @throws dev.rp.ApiException when RunPod rejects the creation, such as {@link
   *     dev.rp.NoCapacityException}
   */
  TrackedPod submit();

  /**
   * Creates the pod, tracks it as soon as RunPod returns it, waits until SSH responds, writes its
   * SSH entry and runs {@code setup.sh}.
   *
   * @throws dev.rp.WaitTimeoutException when the pod did not accept SSH connections in time; it
   *     stays tracked
   * @throws dev.rp.ApiException when RunPod rejects the creation
   */
  TrackedPod start();
}

package dev.rp.internal.core;

import dev.rp.AlreadyExistsException;
import dev.rp.SshException;
import dev.rp.gpu.Cloud;
import dev.rp.internal.Names;
import dev.rp.pods.CreatePlan;
import dev.rp.pods.CreatePodRequest;
import dev.rp.pods.Pod;
import dev.rp.pods.PodCreation;
import dev.rp.pods.PodProgress;
import dev.rp.pods.TrackedPod;
import dev.rp.store.PodAlias;
import dev.rp.templates.Templates;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link PodCreation} that resolves a plan, creates the pod, tracks it and brings it up. */
final class Creation implements PodCreation {
  private final RpContext context;
  private final Templates templates;
  private String templateId;
  private String alias;
  private String gpu;
  private String storage;
  private String containerDisk;
  private String image;
  private Cloud cloud = Cloud.SECURE;
  private final Map<String, String> config = new LinkedHashMap<>();
  private boolean replace;
  private boolean registerSshKey;
  private Duration timeout;
  private PodProgress progress = PodProgress.silent();
  private boolean runSetup = true;
  private CreatePlan plan;

  Creation(RpContext context, Templates templates, String alias) {
    this.context = context;
    this.templates = templates;
    this.alias = alias;
    this.timeout = context.waitTimeout();
  }

  @Override
  public PodCreation fromTemplate(String identifier) {
    this.templateId = Objects.requireNonNull(identifier, "identifier");
    return changed();
  }

  @Override
  public PodCreation alias(String alias) {
    this.alias = alias;
    return changed();
  }

  @Override
  public PodCreation gpu(String spec) {
    this.gpu = spec;
    return changed();
  }

  @Override
  public PodCreation storage(String size) {
    this.storage = size;
    return changed();
  }

  @Override
  public PodCreation containerDisk(String size) {
    this.containerDisk = size;
    return changed();
  }

  @Override
  public PodCreation image(String image) {
    this.image = image;
    return changed();
  }

  @Override
  public PodCreation cloud(Cloud cloud) {
    this.cloud = Objects.requireNonNull(cloud, "cloud");
    return changed();
  }

  @Override
  public PodCreation config(String key, String value) {
    config.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return changed();
  }

  @Override
  public PodCreation config(Map<String, String> values) {
    values.forEach(this::config);
    return this;
  }

  @Override
  public PodCreation replace(boolean replace) {
    this.replace = replace;
    return changed();
  }

  @Override
  public PodCreation registerSshKey(boolean register) {
    this.registerSshKey = register;
    return this;
  }

  @Override
  public PodCreation timeout(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  @Override
  public PodCreation progress(PodProgress progress) {
    this.progress = Objects.requireNonNull(progress, "progress");
    return this;
  }

  @Override
  public PodCreation runSetup(boolean runSetup) {
    this.runSetup = runSetup;
    return this;
  }

  // A change to what the plan resolves invalidates a plan made earlier.
  private PodCreation changed() {
    plan = null;
    return this;
  }

  @Override
  public CreatePlan plan() {
    if (plan == null) {
      plan = new CreatePlanner(context, templates).plan(request());
    }
    return plan;
  }

  private CreatePlanner.Request request() {
    return new CreatePlanner.Request(
        Optional.ofNullable(templateId),
        Optional.ofNullable(alias),
        Optional.ofNullable(gpu),
        Optional.ofNullable(storage),
        Optional.ofNullable(containerDisk),
        Optional.ofNullable(image),
        cloud,
        Map.copyOf(config),
        replace);
  }

  @Override
  public TrackedPod submit() {
    CreatePlan resolved = plan();
    ensureSshKey(resolved);
    Pod pod = context.api().createPod(toRequest(resolved));
    // Saved before any wait, so an interrupted wait never leaves a billing pod untracked.
    PodAlias tracked = context.stores().aliases().update(aliases -> track(aliases, resolved, pod));
    progress.step("Created pod " + pod.id() + " as " + tracked.alias());
    return TrackedPod.builder()
        .alias(tracked.alias())
        .podId(tracked.podId())
        .config(tracked.config())
        .pod(pod)
        .build();
  }

  // Another process may have taken the alias since the plan was made. The new pod must stay
  // tracked, so it gets the next free numbered alias instead of taking over the other one.
  private PodAlias track(Map<String, PodAlias> aliases, CreatePlan resolved, Pod pod) {
    String alias = resolved.alias();
    PodAlias existing = aliases.get(alias);
    if (existing != null && !replace && !existing.podId().equals(pod.id())) {
      int number = 2;
      while (!isFree(aliases, numbered(resolved.alias(), number))) {
        number++;
      }
      alias = numbered(resolved.alias(), number);
      progress.step(
          "Alias " + resolved.alias() + " was taken meanwhile; tracking the new pod as " + alias);
    }
    PodAlias tracked =
        PodAlias.builder().alias(alias).podId(pod.id()).config(resolved.config()).build();
    aliases.put(alias, tracked);
    return tracked;
  }

  // Shortens the alias where the suffix would make it longer than an alias may be.
  private static String numbered(String alias, int number) {
    String suffix = "-" + number;
    int keep = Math.min(alias.length(), Names.MAX_ALIAS_LENGTH - suffix.length());
    return alias.substring(0, keep) + suffix;
  }

  private boolean isFree(Map<String, PodAlias> aliases, String alias) {
    if (aliases.containsKey(alias)) {
      return false;
    }
    try {
      context.sshConfig().ensureAliasAvailable(alias);
      return true;
    } catch (AlreadyExistsException e) {
      return false;
    }
  }

  @Override
  public TrackedPod start() {
    TrackedPod created = submit();
    PodAlias tracked =
        PodAlias.builder()
            .alias(created.alias())
            .podId(created.podId())
            .config(created.config())
            .build();
    return new PodStartup(context).bringUp(tracked, timeout, progress, runSetup);
  }

  private void ensureSshKey(CreatePlan resolved) {
    if (resolved.sshKeyRegistered()) {
      return;
    }
    String publicKey = SshKeys.readPublicKey(context.paths().identityFile());
    if (!registerSshKey) {
      throw new SshException(
          "The public key "
              + SshKeys.publicKeyFile(context.paths().identityFile())
              + " is not registered with your RunPod account, so the pod would not accept SSH."
              + " Let rp add it to the account's keys (rp create asks on a terminal;"
              + " PodCreation.registerSshKey(true) in the SDK), or add it in the RunPod"
              + " console under Settings, SSH public keys.");
    }
    new ApiAccount(context).addSshKey(publicKey);
    progress.step(
        "Added "
            + SshKeys.publicKeyFile(context.paths().identityFile())
            + " to the account's SSH keys");
  }

  private static CreatePodRequest toRequest(CreatePlan plan) {
    return CreatePodRequest.builder()
        .name(plan.alias())
        .image(plan.image())
        .gpuTypeId(plan.gpuTypeId())
        .gpuCount(plan.gpuCount())
        .cloud(plan.cloud())
        .containerDiskGb(plan.containerDiskGb())
        .volumeGb(plan.volumeGb())
        .ports(plan.ports())
        .startSsh(true)
        .build();
  }
}

package dev.rp.internal.core;

import dev.rp.InvalidStateTransitionException;
import dev.rp.NotFoundException;
import dev.rp.internal.Names;
import dev.rp.pods.ConfigChange;
import dev.rp.pods.Pod;
import dev.rp.pods.PodAction;
import dev.rp.pods.PodLogs;
import dev.rp.pods.PodOperations;
import dev.rp.pods.PodProgress;
import dev.rp.pods.PodStatus;
import dev.rp.pods.TrackedPod;
import dev.rp.schedule.ScheduledTask;
import dev.rp.store.PodAlias;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link PodOperations} on the pod of one alias. */
final class AliasOperations implements PodOperations {
  private static final Logger log = LoggerFactory.getLogger(AliasOperations.class);

  private final RpContext context;
  private final String alias;
  private Duration timeout;
  private PodProgress progress = PodProgress.silent();
  private boolean runSetup = true;

  AliasOperations(RpContext context, String alias) {
    this.context = context;
    this.alias = Objects.requireNonNull(alias, "alias");
    this.timeout = context.waitTimeout();
  }

  @Override
  public String alias() {
    return alias;
  }

  @Override
  public PodOperations timeout(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  @Override
  public PodOperations progress(PodProgress progress) {
    this.progress = Objects.requireNonNull(progress, "progress");
    return this;
  }

  @Override
  public PodOperations runSetup(boolean runSetup) {
    this.runSetup = runSetup;
    return this;
  }

  private PodAlias tracked() {
    return Aliases.require(context.stores().aliases().all(), alias);
  }

  @Override
  public TrackedPod get() {
    PodAlias tracked = tracked();
    return toTrackedPod(tracked, context.api().findPod(tracked.podId()));
  }

  static TrackedPod toTrackedPod(PodAlias tracked, Optional<Pod> pod) {
    return TrackedPod.builder()
        .alias(tracked.alias())
        .podId(tracked.podId())
        .config(tracked.config())
        .pod(pod)
        .build();
  }

  @Override
  public TrackedPod start() {
    PodAlias tracked = tracked();
    Pod pod = requirePod(tracked);
    // A pod that is still provisioning or already runs needs no start, only the wait.
    if (pod.status() != PodStatus.RUNNING
        && pod.status() != PodStatus.PROVISIONING
        && pod.status() != PodStatus.STARTING) {
      context.api().podAction(tracked.podId(), PodAction.START);
      progress.step("Start requested for pod " + tracked.podId());
    }
    return new PodStartup(context).bringUp(tracked, timeout, progress, runSetup);
  }

  private Pod requirePod(PodAlias tracked) {
    try {
      return context.api().getPod(tracked.podId());
    } catch (NotFoundException e) {
      throw new NotFoundException(
          "Pod "
              + tracked.podId()
              + " of alias '"
              + alias
              + "' no longer exists on RunPod. Remove the alias with rp clean, or point it at"
              + " another pod with rp track "
              + alias
              + " <pod_id> --force.",
          e.status(),
          e.title().orElse(null),
          e.detail().orElse(null),
          e.errors(),
          e.requestId().orElse(null));
    }
  }

  @Override
  public TrackedPod stop() {
    PodAlias tracked = tracked();
    Pod pod;
    try {
      pod = context.api().podAction(tracked.podId(), PodAction.STOP);
    } catch (InvalidStateTransitionException e) {
      pod = requirePod(tracked);
      if (pod.status() != PodStatus.EXITED) {
        throw e;
      }
    }
    context.sshConfig().remove(alias);
    return toTrackedPod(tracked, Optional.of(pod));
  }

  @Override
  public List<ScheduledTask> destroy() {
    PodAlias tracked = tracked();
    try {
      context.api().deletePod(tracked.podId());
    } catch (NotFoundException e) {
      log.debug("Pod {} of {} was already gone", tracked.podId(), alias);
    }
    context
        .stores()
        .aliases()
        .update(
            aliases -> {
              // Another process may have pointed the alias at a new pod meanwhile.
              PodAlias current = aliases.get(alias);
              return current != null
                  && current.podId().equals(tracked.podId())
                  && aliases.remove(alias) != null;
            });
    context.sshConfig().remove(alias);
    context.sshConfig().forgetHostKey(tracked.podId());
    return context.scheduler().cancelForPod(tracked.podId(), alias);
  }

  @Override
  public PodLogs logs(int tail, Consumer<String> lines) {
    return context.api().streamLogs(tracked().podId(), tail, lines);
  }

  @Override
  public Map<String, String> config() {
    return tracked().config();
  }

  @Override
  public Optional<String> config(String key) {
    Names.requireValidConfigKey(key);
    return Optional.ofNullable(config().get(key));
  }

  @Override
  public List<ConfigChange> setConfig(Map<String, String> values) {
    values.keySet().forEach(Names::requireValidConfigKey);
    return context
        .stores()
        .aliases()
        .update(
            aliases -> {
              PodAlias current = Aliases.require(aliases, alias);
              Map<String, String> config = new LinkedHashMap<>(current.config());
              List<ConfigChange> changes = new ArrayList<>();
              values.forEach(
                  (key, value) -> {
                    String previous = value.isEmpty() ? config.remove(key) : config.put(key, value);
                    changes.add(ConfigChange.of(key, previous, value.isEmpty() ? null : value));
                  });
              aliases.put(alias, PodAlias.builder().from(current).config(config).build());
              return changes;
            });
  }

  @Override
  public ScheduledTask stopAt(Instant when) {
    PodAlias tracked = tracked();
    return context.scheduler().scheduleStop(alias, tracked.podId(), when);
  }

  @Override
  public List<ScheduledTask> scheduledTasks() {
    PodAlias tracked = tracked();
    return context.scheduler().pendingFor(alias, tracked.podId());
  }
}

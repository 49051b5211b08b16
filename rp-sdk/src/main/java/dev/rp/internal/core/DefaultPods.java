package dev.rp.internal.core;

import dev.rp.AlreadyExistsException;
import dev.rp.NotFoundException;
import dev.rp.NotFoundLocallyException;
import dev.rp.RunPodException;
import dev.rp.internal.Names;
import dev.rp.pods.CleanReport;
import dev.rp.pods.Pod;
import dev.rp.pods.PodCreation;
import dev.rp.pods.PodOperations;
import dev.rp.pods.PodStatus;
import dev.rp.pods.Pods;
import dev.rp.pods.TrackedPod;
import dev.rp.ssh.ManagedEntry;
import dev.rp.store.PodAlias;
import dev.rp.templates.Templates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link Pods} over the stores, the API and the SSH config. */
public final class DefaultPods implements Pods {
  private final RpContext context;
  private final Templates templates;

  /** Creates the pods of {@code context}, whose templates are {@code templates}. */
  public DefaultPods(RpContext context, Templates templates) {
    this.context = context;
    this.templates = templates;
  }

  @Override
  public PodCreation create(String alias) {
    return new Creation(context, templates, alias);
  }

  @Override
  public PodCreation create() {
    return new Creation(context, templates, null);
  }

  @Override
  public PodOperations alias(String alias) {
    return new AliasOperations(context, alias);
  }

  @Override
  public TrackedPod get(String alias) {
    return alias(alias).get();
  }

  @Override
  public Optional<TrackedPod> find(String alias) {
    if (!context.stores().aliases().all().containsKey(alias)) {
      return Optional.empty();
    }
    return Optional.of(get(alias));
  }

  @Override
  public List<TrackedPod> list() {
    Map<String, PodAlias> aliases = context.stores().aliases().all();
    if (aliases.isEmpty()) {
      return List.of();
    }
    Map<String, Pod> pods = podsById();
    List<TrackedPod> tracked = new ArrayList<>();
    for (PodAlias alias : aliases.values()) {
      tracked.add(
          AliasOperations.toTrackedPod(alias, Optional.ofNullable(pods.get(alias.podId()))));
    }
    return tracked;
  }

  private Map<String, Pod> podsById() {
    return context.api().listPods().stream()
        .collect(Collectors.toMap(Pod::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  @Override
  public List<Pod> untracked() {
    Set<String> trackedIds =
        context.stores().aliases().all().values().stream()
            .map(PodAlias::podId)
            .collect(Collectors.toSet());
    return context.api().listPods().stream().filter(pod -> !trackedIds.contains(pod.id())).toList();
  }

  @Override
  public TrackedPod track(String alias, String podId, boolean replace) {
    Names.requireValidAlias(alias);
    requireFree(context.stores().aliases().all().get(alias), alias, podId, replace);
    Optional<String> otherAlias =
        context.stores().aliases().all().values().stream()
            .filter(other -> other.podId().equals(podId) && !other.alias().equals(alias))
            .map(PodAlias::alias)
            .findFirst();
    if (otherAlias.isPresent() && !replace) {
      throw new AlreadyExistsException(
          "Pod "
              + podId
              + " is already tracked as '"
              + otherAlias.get()
              + "'. Use that alias, untrack it first (rp untrack "
              + otherAlias.get()
              + "), or use --force to track the pod under both aliases.");
    }
    context.sshConfig().ensureAliasAvailable(alias);
    Pod pod = context.api().getPod(podId);
    PodAlias tracked =
        context
            .stores()
            .aliases()
            .update(
                aliases -> {
                  // Checked again under the lock: another process may have taken the alias.
                  PodAlias previous = requireFree(aliases.get(alias), alias, podId, replace);
                  PodAlias next =
                      PodAlias.builder()
                          .alias(alias)
                          .podId(podId)
                          .config(
                              previous != null && previous.podId().equals(podId)
                                  ? previous.config()
                                  : Map.of())
                          .build();
                  aliases.put(alias, next);
                  return next;
                });
    if (pod.status() == PodStatus.RUNNING && pod.directSsh().isPresent()) {
      context.sshConfig().upsert(alias, podId, pod.directSsh().get());
    } else {
      context.sshConfig().remove(alias);
    }
    return AliasOperations.toTrackedPod(tracked, Optional.of(pod));
  }

  private static PodAlias requireFree(
      PodAlias existing, String alias, String podId, boolean replace) {
    if (existing != null && !replace && !existing.podId().equals(podId)) {
      throw new AlreadyExistsException(
          "Alias '"
              + alias
              + "' already tracks pod "
              + existing.podId()
              + ". Use --force to point it at "
              + podId
              + ".");
    }
    return existing;
  }

  @Override
  public boolean untrack(String alias, boolean missingOk) {
    boolean removed =
        context
            .stores()
            .aliases()
            .update(
                aliases -> {
                  if (aliases.remove(alias) != null) {
                    return true;
                  }
                  if (missingOk) {
                    return false;
                  }
                  throw new NotFoundLocallyException(
                      "alias", alias, new ArrayList<>(aliases.keySet()));
                });
    if (removed) {
      context.sshConfig().remove(alias);
    }
    return removed;
  }

  @Override
  public CleanReport clean() {
    Map<String, PodAlias> aliases = context.stores().aliases().all();
    List<ManagedEntry> entries = context.sshConfig().entries();
    boolean untrackedEntries =
        entries.stream().anyMatch(entry -> !aliases.containsKey(entry.alias()));
    Map<String, Pod> pods = aliases.isEmpty() && !untrackedEntries ? Map.of() : podsById();

    CleanReport.Builder report = CleanReport.builder();
    Map<String, String> goneAliases = new TreeMap<>();
    for (PodAlias alias : aliases.values()) {
      if (!pods.containsKey(alias.podId())) {
        confirmGone(alias, goneAliases, report);
      }
    }
    if (!goneAliases.isEmpty()) {
      context
          .stores()
          .aliases()
          .update(
              current -> {
                // Only aliases that still point at the pod that is gone are removed.
                current
                    .entrySet()
                    .removeIf(
                        entry -> entry.getValue().podId().equals(goneAliases.get(entry.getKey())));
                return null;
              });
    }
    report.addAllRemovedAliases(goneAliases.keySet());

    // An entry whose alias this client's store lacks is kept while its pod runs, because a
    // client with other stores (the command line, or one in memory) may track that pod.
    Set<String> keep = new HashSet<>(context.stores().aliases().all().keySet());
    for (ManagedEntry entry : entries) {
      Pod pod = pods.get(entry.podId());
      if (pod != null && pod.status() == PodStatus.RUNNING) {
        keep.add(entry.alias());
      }
    }
    report.addAllRemovedSshEntries(context.sshConfig().retainOnly(keep));
    report.removedTasks(context.scheduler().clean());
    return report.build();
  }

  // Missing from the list is not proof: only a 404 for the pod itself removes its alias.
  private void confirmGone(
      PodAlias alias, Map<String, String> goneAliases, CleanReport.Builder report) {
    try {
      context.api().getPod(alias.podId());
    } catch (NotFoundException e) {
      goneAliases.put(alias.alias(), alias.podId());
    } catch (RunPodException e) {
      report.putKeptAfterError(alias.alias(), e.getMessage());
    }
  }
}

package dev.rp.pods;

import java.util.List;
import java.util.Optional;

/**
 * Pods known by alias: the entry point of rp's fluent API for pods.
 *
 * <p>Methods that return a step ({@link #create(String)}, {@link #alias(String)}) touch nothing;
 * the verb that ends the chain does the I/O:
 *
 * <pre>{@code
 * TrackedPod pod = runPod.pods()
 *     .create("dev-1")
 *     .gpu("2xA100")
 *     .storage("500GB")
 *     .start();
 * runPod.pods().alias("dev-1").stop();
 * }</pre>
 */
public interface Pods {

  /** Starts a creation of a pod with the alias {@code alias}. */
  PodCreation create(String alias);

  /** Starts a creation whose alias comes from a template; call {@link PodCreation#fromTemplate}. */
  PodCreation create();

  /** Returns the operations on the pod tracked as {@code alias}, without checking it exists. */
  PodOperations alias(String alias);

  /**
   * Returns the pod tracked as {@code alias} with its current state on RunPod.
   *
   * @throws dev.rp.NotFoundLocallyException when no pod has that alias, listing the aliases
   */
  TrackedPod get(String alias);

  /** Returns the pod tracked as {@code alias} with its current state, if the alias exists. */
  Optional<TrackedPod> find(String alias);

  /**
   * Returns every tracked pod with its current state, from one API request however many aliases
   * exist. A pod the API no longer has is {@link TrackedPod#invalid() invalid}.
   */
  List<TrackedPod> list();

  /** Returns the pods on the account that no alias tracks, from one API request. */
  List<Pod> untracked();

  /**
   * Tracks the existing pod {@code podId} as {@code alias}, and writes its SSH entry when it runs.
   *
   * @param replace whether to point an existing alias at this pod
   * @throws dev.rp.AlreadyExistsException when the alias exists or another alias tracks the pod and
   *     {@code replace} is false, or when the user's SSH config has a host of that name
   * @throws dev.rp.NotFoundException when the API has no pod {@code podId}
   */
  TrackedPod track(String alias, String podId, boolean replace);

  /**
   * Stops tracking {@code alias} and removes its SSH entry; the pod itself is left as it is.
   *
   * @param missingOk whether a missing alias is fine
   * @return whether an alias was removed
   * @throws dev.rp.NotFoundLocallyException when the alias is missing and {@code missingOk} is
   *     false
   */
  boolean untrack(String alias, boolean missingOk);

  /**
   * Removes the aliases of pods the API answered 404 for, SSH entries without an alias, and
   * finished scheduled tasks. Any other failure for a pod removes nothing and is reported.
   */
  CleanReport clean();
}

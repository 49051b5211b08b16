package dev.rp.pods;

import dev.rp.schedule.ScheduledTask;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operations on the pod tracked by one alias. The setters touch nothing; each other method is one
 * verb that reads or changes state.
 */
public interface PodOperations {

  /** Returns the alias these operations act on. */
  String alias();

  /** Sets the deadline of the wait in {@link #start()}, 10 minutes by default. */
  PodOperations timeout(Duration timeout);

  /** Sets the listener of the wait and of the setup script's output. */
  PodOperations progress(PodProgress progress);

  /** Sets whether {@link #start()} runs {@code setup.sh}, true by default. */
  PodOperations runSetup(boolean runSetup);

  /**
   * Returns the pod with its current state on RunPod.
   *
   * @throws dev.rp.NotFoundLocallyException when the alias does not exist
   */
  TrackedPod get();

  /**
   * Starts the pod if it is stopped, waits until SSH answers, refreshes its SSH entry (the port
   * usually changes) and runs {@code setup.sh}. A pod that already runs is only waited for.
   *
   * @throws dev.rp.HostGpusTakenException when the GPUs of the pod's host machine are taken
   * @throws dev.rp.WaitTimeoutException when the pod did not answer SSH in time
   */
  TrackedPod start();

  /** Stops the pod and removes its SSH entry; a pod that is already stopped stays so. */
  TrackedPod stop();

  /**
   * Terminates the pod, which deletes its volume, stops tracking the alias, removes the SSH entry
   * and cancels the pod's pending scheduled tasks. A pod the API no longer has is only untracked.
   *
   * @return the scheduled tasks that were cancelled
   */
  List<ScheduledTask> destroy();

  /**
   * Streams the pod's log lines to {@code lines}, starting with the last {@code tail} lines (0 to
   * 5000; RunPod's default of 100 when negative), until the returned stream is closed.
   *
   * @throws dev.rp.NotFoundLocallyException when the alias does not exist
   */
  PodLogs logs(int tail, java.util.function.Consumer<String> lines);

  /** Returns the pod's local configuration. */
  Map<String, String> config();

  /**
   * Returns one configuration value.
   *
   * @throws dev.rp.NotFoundLocallyException when the alias does not exist
   * @throws dev.rp.InvalidInputException when {@code key} is not a valid key, as {@link #setConfig}
   *     describes
   */
  Optional<String> config(String key);

  /**
   * Sets configuration values; an empty value clears its key.
   *
   * @return one change per key, with the value it had before
   * @throws dev.rp.NotFoundLocallyException when the alias does not exist
   * @throws dev.rp.InvalidInputException when a key is not a letter or {@code _} followed by
   *     letters, digits, {@code _}, {@code .} or {@code -}; nothing is then saved
   */
  List<ConfigChange> setConfig(Map<String, String> values);

  /**
   * Schedules a stop of this pod at {@code when}, recording the pod's id so that the task stops
   * this pod even if the alias is later reused.
   */
  ScheduledTask stopAt(Instant when);

  /** Returns the pod's pending scheduled tasks, soonest first. */
  List<ScheduledTask> scheduledTasks();
}

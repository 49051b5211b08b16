package dev.rp.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Scheduled stops of tracked pods, and the background runner that carries them out.
 *
 * <p>A task records the pod's id as well as its alias, so it stops the pod it was made for even
 * after the alias is destroyed and reused. {@link #tick()} runs due tasks; a runner installed by
 * {@link #runner(Path)} calls it every minute through {@code rp scheduler-tick}.
 */
public interface Schedule {

  /**
   * Schedules a stop of the pod tracked as {@code alias} at {@code when}.
   *
   * @throws dev.rp.NotFoundLocallyException when the alias does not exist
   */
  ScheduledTask stopAt(String alias, Instant when);

  /**
   * Returns the pending tasks, soonest first, and with {@code all} the finished ones after them.
   */
  List<ScheduledTask> list(boolean all);

  /**
   * Cancels the pending task whose id is, or starts with, {@code idOrPrefix}.
   *
   * @throws dev.rp.InvalidInputException when the prefix matches several tasks or the task is
   *     finished
   * @throws dev.rp.NotFoundLocallyException when no task matches
   */
  ScheduledTask cancel(String idOrPrefix);

  /** Removes completed, failed and cancelled tasks, and returns how many. */
  int clean();

  /** Runs every due task once and returns what happened to each. */
  List<TickResult> tick();

  /** Returns when a tick last ran on this machine. */
  Optional<Instant> lastTick();

  /**
   * Returns the background runner for this machine: launchd on macOS, a systemd user timer or cron
   * on Linux, otherwise a manual one that explains what to run.
   *
   * @param launcher absolute path of the {@code rp} launcher the runner calls
   */
  SchedulerRunner runner(Path launcher);
}

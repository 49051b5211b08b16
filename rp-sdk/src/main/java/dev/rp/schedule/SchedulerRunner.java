package dev.rp.schedule;

/**
 * Background runner that calls {@code rp scheduler-tick} every minute, so that scheduled stops fire
 * while no rp command is running.
 *
 * <p>{@link SchedulerRunners#detect} returns the right one for the machine. Every method returns a
 * value to print rather than printing, and none writes the API key anywhere: the tick reads it from
 * the environment or the key file each time it runs.
 */
public interface SchedulerRunner {

  /**
   * Installs the runner, or updates it when its files are out of date; changes no file when it is
   * installed and current.
   *
   * @return what was done; {@link RunnerResult#success()} is false, with the reason and {@link
   *     RunnerResult#manualCommand()}, when nothing could be installed
   * @throws dev.rp.StoreException when a runner file cannot be written
   * @throws dev.rp.InvalidInputException when a path contains a control character, such as a line
   *     break, which the runner's format cannot hold
   */
  RunnerResult install();

  /**
   * Removes the runner: unloads it and deletes its files or crontab line.
   *
   * @throws dev.rp.StoreException when a runner file cannot be deleted
   */
  RunnerResult uninstall();

  /** Returns which runner is installed, where its file is, and when the tick last ran. */
  RunnerStatus status();
}

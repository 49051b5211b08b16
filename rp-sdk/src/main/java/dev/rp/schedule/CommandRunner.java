package dev.rp.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs the programs that install background runners: {@code launchctl}, {@code systemctl}, {@code
 * loginctl}, {@code crontab} and {@code id}.
 */
@FunctionalInterface
public interface CommandRunner {

  /**
   * Runs {@code command}, whose first element is the program, and waits for it to exit.
   *
   * @param stdin what to write to the command's standard input; empty for none
   * @return the exit code and output, with {@link CommandResult#NOT_FOUND} when the program is
   *     missing, never an exception for a command that failed
   */
  CommandResult run(List<String> command, String stdin);

  /** Runs {@code command} without input. */
  default CommandResult run(String... command) {
    return run(List.of(command), "");
  }

  /**
   * Returns a runner that looks programs up on the {@code PATH} of {@code environment} and runs
   * them with that environment, minus {@code RUNPOD_API_KEY}, which none of them needs.
   *
   * <p>A command that runs longer than {@code timeout} is killed and reported as failed.
   */
  static CommandRunner onPath(Map<String, String> environment, Duration timeout) {
    return new ProcessCommandRunner(environment, timeout);
  }

  /** Returns {@link #onPath(Map, Duration)} with a timeout of 30 seconds. */
  static CommandRunner onPath(Map<String, String> environment) {
    return onPath(environment, Duration.ofSeconds(30));
  }
}

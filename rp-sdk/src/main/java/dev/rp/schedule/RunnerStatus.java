package dev.rp.schedule;

import dev.rp.internal.ValueStyle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** State of the background runner, as {@code rp scheduler status} prints it. */
@Value.Immutable
@ValueStyle
public interface RunnerStatus {

  /** Returns the runner described: the installed one, or the one an install would choose. */
  RunnerKind runner();

  /** Returns whether the runner's files or crontab line are in place. */
  boolean installed();

  /**
   * Returns whether the service manager reports the runner as loaded or enabled; for cron, which
   * cannot tell, the same as {@link #installed()}.
   */
  boolean active();

  /** Returns the plist or timer file, when the runner has one. */
  Optional<Path> file();

  /** Returns the file the tick's output goes to, when it is not the systemd journal. */
  Optional<Path> log();

  /** Returns when a tick last ran, from the last-tick file in the config folder. */
  Optional<Instant> lastTick();

  /** Returns a sentence or two that describe the state and what to do about it. */
  String message();

  /** Returns a builder of a status. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link RunnerStatus}. */
  final class Builder extends ImmutableRunnerStatus.Builder {}
}

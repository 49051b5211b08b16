package dev.rp.schedule;

import dev.rp.internal.ValueStyle;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Result of {@link SchedulerRunner#install()} or {@link SchedulerRunner#uninstall()}. */
@Value.Immutable
@ValueStyle
public interface RunnerResult {

  /** Returns the runner that was installed or removed, or tried last. */
  RunnerKind runner();

  /**
   * Returns whether the step succeeded: after an install, a runner will call the tick every minute;
   * after an uninstall, no runner of rp's is left.
   */
  boolean success();

  /** Returns what happened, in one or two sentences to print. */
  String message();

  /** Returns things the user should act on, such as lingering being off; empty when none. */
  List<String> warnings();

  /** Returns the files written or removed. */
  List<Path> files();

  /**
   * Returns the command to run every minute when no runner could be installed, quoted for the
   * platform's shell.
   */
  Optional<String> manualCommand();

  /** Returns a builder of a result. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link RunnerResult}. */
  final class Builder extends ImmutableRunnerResult.Builder {}
}

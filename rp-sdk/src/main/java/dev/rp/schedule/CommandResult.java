package dev.rp.schedule;

import dev.rp.internal.ValueStyle;
import org.immutables.value.Value;

/** Exit code and output of a command that a {@link CommandRunner} ran. */
@Value.Immutable
@ValueStyle
public interface CommandResult {

  /** Exit code a runner reports when the program is not on the {@code PATH}, as shells do. */
  int NOT_FOUND = 127;

  /** Returns the exit code, {@link #NOT_FOUND} when the program is missing. */
  int exitCode();

  /** Returns what the command wrote to standard output. */
  String stdout();

  /** Returns what the command wrote to standard error, or why it could not run. */
  String stderr();

  /** Returns whether the command exited with 0. */
  default boolean succeeded() {
    return exitCode() == 0;
  }

  /** Returns a result with the given exit code and output. */
  static CommandResult of(int exitCode, String stdout, String stderr) {
    return builder().exitCode(exitCode).stdout(stdout).stderr(stderr).build();
  }

  /** Returns a builder of a result. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link CommandResult}. */
  final class Builder extends ImmutableCommandResult.Builder {}
}

package dev.rp.schedule;

import java.nio.file.Path;
import java.util.List;

/** Runner of one kind, which may or may not work on this machine, with its result builders. */
abstract class InstallableRunner implements SchedulerRunner {

  final RunnerContext context;
  private final RunnerKind kind;

  InstallableRunner(RunnerContext context, RunnerKind kind) {
    this.context = context;
    this.kind = kind;
  }

  /** Returns the kind of runner. */
  final RunnerKind kind() {
    return kind;
  }

  /** Returns whether the runner's service manager is usable here; may run a command. */
  abstract boolean available();

  /**
   * Returns what is missing when {@link #available()} is false, as a phrase such as {@code no
   * crontab command (install cron)}; may run a command.
   */
  String unavailableReason() {
    return "no " + kind.displayName() + " on this system";
  }

  /** Returns a successful result, with the warnings and the API key warning if there is one. */
  final RunnerResult succeeded(String message, List<Path> files, List<String> warnings) {
    return RunnerResult.builder()
        .runner(kind)
        .success(true)
        .message(message)
        .files(files)
        .warnings(warnings)
        .addAllWarnings(TickCommand.keyWarnings(context))
        .build();
  }

  /** Returns a failed install, with the command to run by hand. */
  final RunnerResult failed(String message) {
    return RunnerResult.builder()
        .runner(kind)
        .success(false)
        .message(message)
        .manualCommand(TickCommand.manualCommand(context))
        .build();
  }

  /** Returns a successful uninstall. */
  final RunnerResult removed(String message, List<Path> files) {
    return RunnerResult.builder().runner(kind).success(true).message(message).files(files).build();
  }
}

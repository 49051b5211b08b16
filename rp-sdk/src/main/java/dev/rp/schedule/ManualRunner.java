package dev.rp.schedule;

import java.util.List;

/** No runner rp can install: the user runs the tick themselves, as the result explains. */
final class ManualRunner extends InstallableRunner {

  ManualRunner(RunnerContext context) {
    super(context, RunnerKind.MANUAL);
  }

  @Override
  boolean available() {
    return true;
  }

  @Override
  public RunnerResult install() {
    return install(List.of(), List.of());
  }

  /**
   * Explains what to run.
   *
   * @param missing what each runner that is not available lacks, such as {@code no crontab command
   *     (install cron)}, named in the message
   * @param failures why each available runner failed to install, returned as warnings
   */
  RunnerResult install(List<String> missing, List<String> failures) {
    String command = TickCommand.manualCommand(context);
    // The warnings explain failed installs, so the message names only what is missing.
    String cause = "";
    if (!missing.isEmpty()) {
      cause = ": " + String.join(" and ", missing);
    } else if (failures.isEmpty()) {
      cause = " on " + context.osName();
    }
    return RunnerResult.builder()
        .runner(kind())
        .success(false)
        .message(
            "rp cannot install a background runner"
                + cause
                + ". Scheduled stops fire only when this command runs, so run it every minute,"
                + " for example from the system's task scheduler: "
                + command)
        .warnings(failures)
        .addAllWarnings(TickCommand.keyWarnings(context))
        .manualCommand(command)
        .build();
  }

  @Override
  public RunnerResult uninstall() {
    return removed("No background runner of rp's is installed.", List.of());
  }

  @Override
  public RunnerStatus status() {
    return RunnerStatus.builder()
        .runner(kind())
        .installed(false)
        .active(false)
        .lastTick(TickCommand.lastTick(context))
        .message(
            "No background runner is installed. Scheduled stops fire only when "
                + TickCommand.manualCommand(context)
                + " runs.")
        .build();
  }
}

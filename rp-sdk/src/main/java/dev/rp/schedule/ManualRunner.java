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
    return install(List.of());
  }

  /** Explains what to run, after the reasons the other runners could not be installed. */
  RunnerResult install(List<String> reasons) {
    String command = TickCommand.manualCommand(context);
    return RunnerResult.builder()
        .runner(kind())
        .success(false)
        .message(
            "rp cannot install a background runner on "
                + context.osName()
                + ", so scheduled stops fire only when this command runs. Run it every minute,"
                + " for example from the system's task scheduler: "
                + command)
        .warnings(reasons)
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

package dev.rp.cli.commands;

import dev.rp.schedule.RunnerResult;
import picocli.CommandLine.Command;

/** {@code rp scheduler uninstall}: removes the background job. */
@Command(
    name = "uninstall",
    header = "Removes the background scheduler.",
    footerHeading = "%nExamples:%n",
    description =
        "Removes the background job. Pending tasks stay in the schedule and run again once it"
            + " is reinstalled, or with rp scheduler-tick.",
    footer = {"  rp scheduler uninstall"})
public final class SchedulerUninstallCommand extends BaseCommand {

  /** Removes every runner of rp's and prints what was removed. */
  @Override
  public Integer call() {
    RunnerResult result = context().client().schedule().runner(Launcher.forStatus()).uninstall();
    RunnerOutput.print(result, out(), err());
    return result.success() ? OK : FAILED;
  }
}

package dev.rp.cli.commands;

import picocli.CommandLine.Command;

/** {@code rp scheduler}: groups the commands that manage the background scheduler. */
@Command(
    name = "scheduler",
    header = "Installs, removes or checks the background scheduler.",
    footerHeading = "%nExamples:%n",
    description =
        "Manages the per-user background job that runs rp scheduler-tick every minute, so that"
            + " scheduled stops happen without a terminal open.",
    subcommands = {
      SchedulerStatusCommand.class,
      SchedulerInstallCommand.class,
      SchedulerUninstallCommand.class
    },
    footer = {"  rp scheduler status", "  rp scheduler install", "  rp scheduler uninstall"})
public final class SchedulerCommand extends BaseCommand {

  /** Rejects a call without a subcommand, with exit code 2. */
  @Override
  public Integer call() {
    throw usageError("Missing subcommand: give status, install or uninstall");
  }
}

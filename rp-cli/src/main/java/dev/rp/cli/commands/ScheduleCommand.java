package dev.rp.cli.commands;

import picocli.CommandLine.Command;

/** {@code rp schedule}: groups the commands that manage scheduled tasks. */
@Command(
    name = "schedule",
    header = "Lists, cancels and cleans scheduled tasks.",
    footerHeading = "%nExamples:%n",
    description =
        "Manages scheduled tasks, such as the stops that rp stop --at and --in plan. The"
            + " scheduler runs them; see rp scheduler.",
    subcommands = {
      ScheduleListCommand.class,
      ScheduleCancelCommand.class,
      ScheduleCleanCommand.class
    },
    footer = {
      "  rp schedule list",
      "  rp schedule cancel 550e8400-e29b-41d4-a716-446655440000",
      "  rp schedule clean"
    })
public final class ScheduleCommand extends BaseCommand {

  /** Rejects a call without a subcommand, with exit code 2. */
  @Override
  public Integer call() {
    throw usageError("Missing subcommand: give list, cancel or clean");
  }
}

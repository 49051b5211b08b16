package dev.rp.cli.commands;

import picocli.CommandLine.Command;

/** {@code rp schedule clean}: removes finished tasks. */
@Command(
    name = "clean",
    header = "Removes completed, failed and cancelled tasks.",
    footerHeading = "%nExamples:%n",
    description = "Removes completed, failed and cancelled tasks from the schedule.",
    footer = {"  rp schedule clean"})
public final class ScheduleCleanCommand extends BaseCommand {

  /** Removes the finished tasks and prints how many. */
  @Override
  public Integer call() {
    int removed = context().client().schedule().clean();
    out()
        .println(
            removed == 1 ? "Removed 1 finished task." : "Removed " + removed + " finished tasks.");
    return OK;
  }
}

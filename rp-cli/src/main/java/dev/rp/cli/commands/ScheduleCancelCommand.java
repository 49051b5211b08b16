package dev.rp.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rp schedule cancel}: cancels a pending task. */
@Command(
    name = "cancel",
    header = "Cancels a scheduled task.",
    footerHeading = "%nExamples:%n",
    description = "Cancels a pending scheduled task; it stays listed as cancelled until cleaned.",
    footer = {"  rp schedule cancel 550e8400-e29b-41d4-a716-446655440000"})
public final class ScheduleCancelCommand extends BaseCommand {

  @Parameters(
      index = "0",
      paramLabel = "TASK_ID",
      description = "Id of the task, as rp schedule list prints it.")
  String taskId;
}

package dev.rp.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rp schedule list}: lists scheduled tasks. */
@Command(
    name = "list",
    header = "Lists scheduled tasks.",
    footerHeading = "%nExamples:%n",
    description = "Lists pending scheduled tasks with their id, action, alias and due time.",
    footer = {"  rp schedule list", "  rp schedule list --all", "  rp schedule list --all --json"})
public final class ScheduleListCommand extends BaseCommand {

  @Option(names = "--all", description = "Also lists completed, failed and cancelled tasks.")
  boolean all;

  @Option(names = "--json", description = "Prints the tasks as a JSON array.")
  boolean json;
}

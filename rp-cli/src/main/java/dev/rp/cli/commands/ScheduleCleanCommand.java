package dev.rp.cli.commands;

import picocli.CommandLine.Command;

/** {@code rp schedule clean}: removes finished tasks. */
@Command(
    name = "clean",
    header = "Removes completed and cancelled tasks.",
    footerHeading = "%nExamples:%n",
    description = "Removes completed and cancelled tasks from the schedule.",
    footer = {"  rp schedule clean"})
public final class ScheduleCleanCommand extends BaseCommand {}

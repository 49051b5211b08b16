package dev.rp.cli.commands;

import picocli.CommandLine.Command;

/** {@code rp scheduler-tick}: runs the scheduled tasks that are due. */
@Command(
    name = "scheduler-tick",
    header = "Runs the scheduled tasks that are due.",
    footerHeading = "%nExamples:%n",
    description =
        "Runs the scheduled tasks that are due and records each outcome. The installed"
            + " scheduler calls it every minute; running it by hand is safe.",
    footer = {"  rp scheduler-tick", "  rp scheduler-tick --verbose"})
public final class SchedulerTickCommand extends BaseCommand {}

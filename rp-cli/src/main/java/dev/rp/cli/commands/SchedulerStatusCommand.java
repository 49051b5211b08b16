package dev.rp.cli.commands;

import picocli.CommandLine.Command;

/** {@code rp scheduler status}: reports whether the background job is installed. */
@Command(
    name = "status",
    header = "Shows whether the background scheduler is installed.",
    footerHeading = "%nExamples:%n",
    description =
        "Prints whether the background job is installed, which launcher it runs, and the"
            + " pending tasks it will run.",
    footer = {"  rp scheduler status"})
public final class SchedulerStatusCommand extends BaseCommand {}

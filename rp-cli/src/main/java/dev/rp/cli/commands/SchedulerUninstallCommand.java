package dev.rp.cli.commands;

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
public final class SchedulerUninstallCommand extends BaseCommand {}

package dev.rp.cli.commands;

import picocli.CommandLine.Command;

/** {@code rp scheduler install}: installs the background job. */
@Command(
    name = "install",
    header = "Installs the background scheduler.",
    footerHeading = "%nExamples:%n",
    description =
        "Installs or updates the per-user background job that runs this rp's launcher with"
            + " scheduler-tick every minute.",
    footer = {"  rp scheduler install"})
public final class SchedulerInstallCommand extends BaseCommand {}

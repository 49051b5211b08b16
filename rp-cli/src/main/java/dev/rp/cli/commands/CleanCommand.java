package dev.rp.cli.commands;

import picocli.CommandLine.Command;

/** {@code rp clean}: removes aliases of pods that are gone, and finished tasks. */
@Command(
    name = "clean",
    header = "Removes aliases of deleted pods and finished tasks.",
    footerHeading = "%nExamples:%n",
    description =
        "Removes aliases of pods that no longer exist on RunPod, their SSH config entries, and"
            + " completed and cancelled scheduled tasks.",
    footer = {"  rp clean", "  rp clean --verbose"})
public final class CleanCommand extends BaseCommand {}

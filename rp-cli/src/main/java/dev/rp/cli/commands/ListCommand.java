package dev.rp.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rp list}: lists the tracked pods with their status. */
@Command(
    name = "list",
    header = "Lists the tracked pods with their status.",
    footerHeading = "%nExamples:%n",
    description =
        "Lists the tracked pods with their id, status, cost per hour and path setting. A pod"
            + " that no longer exists on RunPod shows as invalid; rp clean removes it.",
    footer = {"  rp list", "  rp list --all", "  rp list --json"})
public final class ListCommand extends BaseCommand {

  @Option(names = "--json", description = "Prints the pods as a JSON array instead of a table.")
  boolean json;

  @Option(names = "--all", description = "Also lists pods on the account that no alias tracks.")
  boolean all;
}

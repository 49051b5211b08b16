package dev.rp.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rp template list}: lists the templates. */
@Command(
    name = "list",
    header = "Lists the pod templates.",
    footerHeading = "%nExamples:%n",
    description =
        "Lists the saved and built-in templates with their alias pattern, GPUs,"
            + " storage, container disk and image.",
    footer = {"  rp template list", "  rp template list --json"})
public final class TemplateListCommand extends BaseCommand {

  @Option(names = "--json", description = "Prints the templates as a JSON array.")
  boolean json;
}

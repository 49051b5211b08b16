package dev.rp.cli.commands;

import picocli.CommandLine.Command;

/** {@code rp template}: groups the commands that manage pod templates. */
@Command(
    name = "template",
    header = "Creates, lists and deletes pod templates.",
    footerHeading = "%nExamples:%n",
    description =
        "Manages pod templates: saved GPU, storage and image choices whose alias pattern"
            + " numbers the pods made from them. Built in: h100, 2h100, 5090 and a40.",
    subcommands = {
      TemplateCreateCommand.class,
      TemplateListCommand.class,
      TemplateDeleteCommand.class
    },
    footer = {
      "  rp template create ml --alias-pattern \"ml-{i}\" --gpu 2xA100 --storage 1TB",
      "  rp template list",
      "  rp template delete ml"
    })
public final class TemplateCommand extends BaseCommand {

  /** Rejects a call without a subcommand, with exit code 2. */
  @Override
  public Integer call() {
    throw usageError("Missing subcommand: give create, list or delete");
  }
}

package dev.rp.cli.commands;

import dev.rp.cli.completion.TemplateCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp template delete}: deletes a saved template. */
@Command(
    name = "delete",
    header = "Deletes a pod template.",
    footerHeading = "%nExamples:%n",
    description = "Deletes a saved template. Pods made from it are not affected.",
    footer = {"  rp template delete ml-training", "  rp template delete old --missing-ok"})
public final class TemplateDeleteCommand extends BaseCommand {

  @Parameters(
      index = "0",
      paramLabel = "IDENTIFIER",
      completionCandidates = TemplateCandidates.class,
      description = "Name of the template to delete.")
  String identifier;

  @Option(names = "--missing-ok", description = "Succeeds when the template does not exist.")
  boolean missingOk;
}

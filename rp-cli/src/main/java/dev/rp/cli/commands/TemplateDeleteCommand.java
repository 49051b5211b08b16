package dev.rp.cli.commands;

import dev.rp.cli.completion.TemplateCandidates;
import dev.rp.templates.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp template delete}: deletes a saved template. */
@Command(
    name = "delete",
    header = "Deletes a pod template.",
    footerHeading = "%nExamples:%n",
    description =
        "Deletes a saved template. Pods made from it are not affected. The built-in templates"
            + " cannot be deleted; deleting a saved template of the same identifier brings the"
            + " built-in one back.",
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

  /** Deletes the saved template. */
  @Override
  public Integer call() {
    Templates templates = context().client().templates();
    if (!templates.delete(identifier, missingOk)) {
      err().println("No template " + identifier + " to delete.");
      return OK;
    }
    out().println("Deleted template " + identifier + ".");
    if (templates.isBuiltIn(identifier)) {
      out().println("The built-in template " + identifier + " is back in its place.");
    }
    return OK;
  }
}

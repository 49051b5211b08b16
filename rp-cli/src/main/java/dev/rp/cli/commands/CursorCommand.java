package dev.rp.cli.commands;

import dev.rp.cli.completion.AliasCandidates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rp cursor}: opens the Cursor editor on a pod over SSH. */
@Command(
    name = "cursor",
    header = "Opens the Cursor editor on a pod.",
    footerHeading = "%nExamples:%n",
    description = {
      "Opens the Cursor editor on a folder of the pod over SSH. Needs cursor on the PATH and"
          + " the pod's SSH config entry, which rp create and rp start write.",
      "Without ALIAS, asks which tracked pod to open."
    },
    footer = {"  rp cursor my-pod", "  rp cursor my-pod /workspace/myproject"})
public final class CursorCommand extends BaseCommand {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod to open.")
  String alias;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "PATH",
      description = "Remote folder to open; default: the pod's path setting, else /workspace.")
  String path;
}

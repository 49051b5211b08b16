package dev.rp.cli.commands;

import dev.rp.cli.completion.AliasCandidates;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rp config}: reads or changes a pod's settings. */
@Command(
    name = "config",
    header = "Prints or sets a pod's settings, such as path.",
    footerHeading = "%nExamples:%n",
    description = {
      "Prints a pod's setting KEY, or sets each KEY=VALUE and reports the value it replaced."
          + " KEY= clears a setting. The setting rp uses is path, the folder rp shell and rp"
          + " cursor open; rp show lists them all.",
      "Without ALIAS, asks which tracked pod to configure."
    },
    footer = {
      "  rp config my-pod path",
      "  rp config my-pod path=/workspace/myproject",
      "  rp config my-pod path=/workspace/x path2=/workspace/y",
      "  rp config my-pod path="
    })
public final class ConfigCommand extends BaseCommand {

  // NOTE: with ALIAS optional, "rp config path" reads as ALIAS=path; wiring should treat a single
  // argument that is not a tracked alias as KEY and ask for the alias.
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod.")
  String alias;

  @Parameters(
      index = "1..*",
      paramLabel = "KEY | KEY=VALUE",
      description = "A key to print, or one or more KEY=VALUE pairs to set.")
  List<String> settings = new ArrayList<>();
}

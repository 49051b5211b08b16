package dev.rp.cli.commands;

import dev.rp.RunPodClient;
import dev.rp.cli.AliasChoice;
import dev.rp.cli.completion.AliasCandidates;
import dev.rp.ssh.SshCommand;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rp shell}: opens an interactive SSH shell on a pod. */
@Command(
    name = "shell",
    header = "Opens an SSH shell on a pod.",
    footerHeading = "%nExamples:%n",
    description = {
      "Opens an interactive SSH shell on the pod, with agent forwarding, in the pod's path"
          + " setting when it has one (rp config ALIAS path=/workspace/project).",
      "Exits with ssh's exit code: the shell's, or 255 when ssh itself failed.",
      "Without ALIAS, asks which tracked pod to open."
    },
    footer = {"  rp shell my-pod", "  rp shell"})
public final class ShellCommand extends BaseCommand {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod to open a shell on.")
  String alias;

  @Override
  public Integer call() {
    String chosen = AliasChoice.resolve(context(), alias, "shell");
    RunPodClient client = context().client();
    // As in the Python rp, the shell changes folder only when a path is configured.
    Optional<String> path = client.pods().alias(chosen).config("path");
    SshEntries.require(client.paths(), chosen);
    List<String> command = SshCommand.create(client.paths()).interactiveShell(chosen, path);
    err().println("Connecting to " + chosen + path.map(dir -> ":" + dir).orElse("") + " ...");
    return ExternalProgram.run(
        context(), command, "Install the OpenSSH client, which provides ssh.");
  }
}

package dev.rp.cli.commands;

import dev.rp.RunPodClient;
import dev.rp.cli.AliasChoice;
import dev.rp.cli.completion.AliasCandidates;
import dev.rp.ssh.SshCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rp shell}: opens an interactive SSH shell on a pod, or runs one command there. */
@Command(
    name = "shell",
    header = "Opens an SSH shell on a pod, or runs a command there.",
    footerHeading = "%nExamples:%n",
    description = {
      "Opens an interactive SSH shell on the pod, with agent forwarding, in the pod's path"
          + " setting when it has one (rp config ALIAS path=/workspace/project).",
      "With a COMMAND, runs it on the pod instead, in the same folder and without a terminal,"
          + " with rp's standard input, output and error. As with ssh, the pod's shell reads the"
          + " COMMAND words joined by spaces. Put -- before a COMMAND that has options, or to"
          + " leave out ALIAS.",
      "Exits with ssh's exit code: the shell's or the command's, or 255 when ssh itself failed.",
      "Without ALIAS, asks which tracked pod to use."
    },
    footer = {
      "  rp shell my-pod",
      "  rp shell",
      "  rp shell my-pod nvidia-smi",
      "  rp shell my-pod -- ls -la",
      "  rp shell -- df -h /workspace"
    })
public final class ShellCommand extends BaseCommand {

  private static final String END_OF_OPTIONS = "--";

  @Parameters(
      arity = "0..*",
      paramLabel = "[ALIAS] [--] COMMAND",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod, then the command to run on it, if any.")
  List<String> words = new ArrayList<>();

  @Override
  public Integer call() {
    int aliasWords = words.size() - wordsAfterEndOfOptions();
    String aliasArgument = aliasWords > 0 ? words.get(0) : null;
    List<String> remoteCommand = words.subList(aliasWords > 0 ? 1 : 0, words.size());
    String chosen = AliasChoice.resolve(context(), aliasArgument, "shell");
    RunPodClient client = context().client();
    // As in the Python rp, the shell changes folder only when a path is configured.
    Optional<String> path = client.pods().alias(chosen).config("path");
    SshEntries.require(context(), chosen);
    SshCommand ssh = SshCommand.create(client.paths());
    String hint = "Install the OpenSSH client, which provides ssh.";
    if (remoteCommand.isEmpty()) {
      err().println("Connecting to " + chosen + path.map(dir -> ":" + dir).orElse("") + " ...");
      return ExternalProgram.run(context(), ssh.interactiveShell(chosen, path), hint);
    }
    return ExternalProgram.run(
        context(), ssh.commandInFolder(chosen, path, String.join(" ", remoteCommand)), hint);
  }

  /**
   * Returns how many of {@link #words} came after {@code --}. They are all COMMAND words, and
   * picocli drops the {@code --} itself.
   */
  private int wordsAfterEndOfOptions() {
    List<String> original = spec.commandLine().getParseResult().originalArgs();
    int end = original.indexOf(END_OF_OPTIONS);
    return end < 0 ? 0 : Math.min(words.size(), original.size() - end - 1);
  }
}

package dev.rp.cli.commands;

import dev.rp.RpPaths;
import dev.rp.RunPodClient;
import dev.rp.cli.AliasChoice;
import dev.rp.cli.completion.AliasCandidates;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
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

  /** Folder opened when neither PATH nor the pod's path setting names one. */
  static final String DEFAULT_FOLDER = "/workspace";

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

  @Override
  public Integer call() {
    String chosen = AliasChoice.resolve(context(), alias, "cursor");
    RunPodClient client = context().client();
    String configured = client.pods().alias(chosen).config("path").orElse(DEFAULT_FOLDER);
    String folder = path != null ? path : configured;
    if (!folder.startsWith("/")) {
      throw usageError(
          "Invalid PATH '" + folder + "': give an absolute folder on the pod, such as /workspace.");
    }
    SshEntries.require(context(), chosen);
    warnIfConfigHidden(client.paths(), chosen);
    err().println("Opening " + chosen + ":" + folder + " in Cursor");
    return ExternalProgram.run(
        context(),
        List.of("cursor", "--folder-uri", folderUri(chosen, folder)),
        "Install Cursor's shell command from Cursor's command palette (the Shell Command"
            + " entry that installs 'cursor' in PATH), then open a new terminal.");
  }

  /**
   * Returns the Remote-SSH URI of {@code folder} on host {@code alias}, as the Python rp builds it:
   * {@code vscode-remote://ssh-remote+ALIAS/FOLDER}, with the folder percent-encoded.
   */
  static String folderUri(String alias, String folder) {
    try {
      return "vscode-remote://ssh-remote+" + alias + new URI(null, null, folder, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Folder " + folder + " cannot be put in a URI", e);
    }
  }

  // Cursor connects through its own ssh, which reads the account's ~/.ssh/config unless told
  // otherwise. NOTE: remote.SSH.configFile is the setting of VS Code's Remote-SSH extension;
  // that Cursor's extension takes the same name is assumed, not checked.
  private void warnIfConfigHidden(RpPaths paths, String chosen) {
    if (!paths.sshConfigIsDefault()) {
      err()
          .println(
              "Note: rp's SSH entries are included in "
                  + paths.sshConfig()
                  + ", which is not ssh's default config, so Cursor may not find "
                  + chosen
                  + ". If it does not, point Cursor's Remote-SSH config file setting"
                  + " (remote.SSH.configFile) at that file.");
    }
  }
}

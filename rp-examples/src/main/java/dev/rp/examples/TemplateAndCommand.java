package dev.rp.examples;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.pods.TrackedPod;
import dev.rp.ssh.SshCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Creates a pod from a template, waits until its SSH server responds, and runs one command on it
 * with the real {@code ssh} client. Arguments: {@code [TEMPLATE [COMMAND]]}, by default {@code a40
 * nvidia-smi}; the template's alias pattern numbers the pod, such as {@code a40-1}.
 */
public final class TemplateAndCommand {

  /** Runs the example against the API, key and config folder set in the environment. */
  public static void main(String[] args) throws IOException, InterruptedException {
    try (RunPodClient client = RunPod.builder().build()) {
      run(client, System.out, args);
    }
  }

  static void run(RunPodClient client, PrintStream out, String... args)
      throws IOException, InterruptedException {
    String template = args.length > 0 ? args[0] : "a40";
    String remoteCommand = args.length > 1 ? args[1] : "nvidia-smi";
    TrackedPod pod = client.pods().create().fromTemplate(template).start();
    out.println("Created " + pod.alias() + " from template " + template);

    // The alias is the SSH host. The command line passes -F when the SSH config that rp manages
    // (RP_SSH_CONFIG, else $HOME/.ssh/config) is not the one ssh reads by default.
    List<String> command =
        SshCommand.create(client.paths()).batchCommand(pod.alias(), remoteCommand);
    out.println("$ " + String.join(" ", command));
    Process ssh = new ProcessBuilder(command).redirectErrorStream(true).start();
    ssh.getOutputStream().close();
    try (BufferedReader output = ssh.inputReader()) {
      output.lines().forEach(line -> out.println("| " + line));
    }
    out.println("ssh exited with " + ssh.waitFor());
  }
}

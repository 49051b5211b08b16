package dev.rp.cli.commands;

import dev.rp.cli.CliContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** The {@code setup.sh} that {@code rp create} offers to write when the config folder has none. */
final class DefaultSetupScript {

  /** Text of the default script: it prints the pod's GPUs and suggests what to add. */
  static final String TEXT =
      """
      #!/bin/bash
      # rp runs this script on a pod after rp create and rp start, once SSH answers.
      # It runs under bash as the pod's SSH user (root on RunPod), with standard input
      # from /dev/null and RP_ALIAS and RP_POD_ID set. rp shows its output; when it
      # fails, rp says so and the pod stays up. Edit it to set up your pods.
      set -euo pipefail

      echo "Setting up ${RP_ALIAS} (pod ${RP_POD_ID})"
      if command -v nvidia-smi >/dev/null 2>&1; then
        nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
      fi

      # Examples; remove the leading # of the lines you want:
      # apt-get update && apt-get install -y tmux htop
      # git config --global user.name "Your Name"
      # echo 'export HF_HOME=/workspace/huggingface' >> ~/.bashrc
      """;

  private DefaultSetupScript() {}

  /**
   * Offers to write the default script to {@code script} when it does not exist and stdin is a
   * terminal; without a terminal it never asks. A failed write is reported and does not stop the
   * creation.
   */
  static void offer(CliContext context, Path script) {
    if (Files.exists(script) || !context.prompts().interactive()) {
      return;
    }
    boolean write =
        context
            .prompts()
            .confirm(
                "There is no "
                    + script
                    + ", which rp runs on every pod it creates or starts. Create a default one"
                    + " that prints the pod's GPUs?",
                "writing the file yourself");
    if (!write) {
      return;
    }
    try {
      write(script);
      context.err().println("Wrote " + script + "; edit it to change what runs on your pods.");
    } catch (IOException e) {
      context.err().println("rp: could not write " + script + " (" + e.getMessage() + ")");
    }
  }

  static void write(Path script) throws IOException {
    Files.createDirectories(script.toAbsolutePath().getParent());
    Files.writeString(script, TEXT, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    try {
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException notPosix) {
      // rp runs the script with bash, so it works without the executable bit.
    }
  }
}

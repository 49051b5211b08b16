package dev.rp.cli.commands;

import dev.rp.RpPaths;
import dev.rp.RunPodException;
import dev.rp.SshException;
import dev.rp.cli.CliContext;
import dev.rp.ssh.SshConfigManager;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SSH entries rp writes for running pods, as the commands that connect need them. */
final class SshEntries {

  private static final Logger log = LoggerFactory.getLogger(SshEntries.class);

  // Characters that a POSIX shell takes literally, so a path made of them needs no quotes.
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9/._+-]+");

  private SshEntries() {}

  /** Returns whether {@code alias} has an SSH entry, which rp keeps only while its pod runs. */
  static boolean exists(RpPaths paths, String alias) {
    return SshConfigManager.create(paths).find(alias).isPresent();
  }

  /**
   * Checks that {@code alias} has an SSH entry. When it has none, asks the API for the pod's
   * status, so that the error says whether the pod is stopped, still coming up, or gone.
   *
   * @throws SshException when it has none, saying how to start the pod or wait for it
   */
  static void require(CliContext context, String alias) {
    if (exists(context.paths(), alias)) {
      return;
    }
    String status;
    try {
      status = context.apiClient().pods().alias(alias).get().statusLabel();
    } catch (RunPodException unknown) {
      log.debug("Could not read the status of {}", alias, unknown);
      throw new SshException(
          "Pod '"
              + alias
              + "' has no SSH entry, so it is stopped or not started yet: rp start "
              + alias);
    }
    throw new SshException(missingEntryMessage(alias, status));
  }

  /** Returns why {@code alias} has no SSH entry, and what to do, for its pod's status label. */
  static String missingEntryMessage(String alias, String status) {
    switch (status) {
      case "stopped":
        return "Pod '" + alias + "' is stopped: rp start " + alias;
      case "invalid":
        return "Pod '" + alias + "' no longer exists on RunPod: remove its alias with rp clean";
      case "running":
      case "starting":
      case "provisioning":
        return "Pod '"
            + alias
            + "' is "
            + status
            + " but has no SSH entry yet: rp start "
            + alias
            + " waits until SSH answers and writes the entry";
      default:
        return "Pod '" + alias + "' is " + status + " and has no SSH entry: rp start " + alias;
    }
  }

  /**
   * Returns the command a user types to connect to {@code alias}: {@code ssh ALIAS}, with {@code -F
   * <config>} when rp's SSH config is not the one {@code ssh} reads by default.
   */
  static String connectCommand(RpPaths paths, String alias) {
    if (paths.sshConfigIsDefault()) {
      return "ssh " + alias;
    }
    String config = paths.sshConfig().toAbsolutePath().toString();
    return "ssh -F " + shellQuoted(config) + " " + alias;
  }

  /**
   * Returns what the summary of a pod that is up shows for SSH: the command that connects, or why
   * there is none.
   */
  static String summary(RpPaths paths, String alias) {
    return exists(paths, alias)
        ? connectCommand(paths, alias)
        : "no SSH entry was written (see the message above)";
  }

  private static String shellQuoted(String text) {
    return PLAIN.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
  }
}

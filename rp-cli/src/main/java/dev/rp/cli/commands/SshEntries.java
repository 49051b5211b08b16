package dev.rp.cli.commands;

import dev.rp.RpPaths;
import dev.rp.SshException;
import dev.rp.ssh.SshConfigManager;
import java.util.regex.Pattern;

/** The SSH entries rp writes for running pods, as the commands that connect need them. */
final class SshEntries {

  // Characters that a POSIX shell takes literally, so a path made of them needs no quotes.
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9/._+-]+");

  private SshEntries() {}

  /** Returns whether {@code alias} has an SSH entry, which rp keeps only while its pod runs. */
  static boolean exists(RpPaths paths, String alias) {
    return SshConfigManager.create(paths).find(alias).isPresent();
  }

  /**
   * Checks that {@code alias} has an SSH entry.
   *
   * @throws SshException when it has none, saying how to start the pod
   */
  static void require(RpPaths paths, String alias) {
    if (!exists(paths, alias)) {
      throw new SshException(
          "Pod '"
              + alias
              + "' has no SSH entry, so it is stopped or not started yet: rp start "
              + alias);
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

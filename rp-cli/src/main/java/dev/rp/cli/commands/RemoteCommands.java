package dev.rp.cli.commands;

import java.util.Optional;

/** Remote commands that rp hands to a pod's login shell, which is a POSIX shell. */
final class RemoteCommands {

  private RemoteCommands() {}

  /**
   * Returns {@code command} prefixed with a {@code cd} to {@code folder} when one is given, so that
   * the command runs only if the folder exists: {@code cd '<folder>' && <command>}.
   */
  static String inFolder(Optional<String> folder, String command) {
    return folder.map(dir -> changeDirectory(dir) + " && " + command).orElse(command);
  }

  /**
   * Returns a {@code cd} command for {@code folder} in single quotes. A leading {@code ~} or {@code
   * ~/} stays outside the quotes, so that the remote shell expands it to the remote home folder.
   */
  static String changeDirectory(String folder) {
    if (folder.equals("~")) {
      return "cd ~";
    }
    if (folder.startsWith("~/")) {
      return "cd ~/" + quote(folder.substring(2));
    }
    return "cd " + quote(folder);
  }

  /**
   * Returns {@code text} in single quotes, with each single quote inside written as {@code '\''}.
   */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}

package dev.rp.ssh;

import dev.rp.InvalidInputException;
import dev.rp.pods.SshEndpoint;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Checks and quotes the values rp writes into SSH config files, so no value can break out of its
 * line or mean something else to {@code ssh}.
 */
final class ConfigValues {

  private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern POD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:_-]*");
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

  private ConfigValues() {}

  /** Returns {@code alias} after checking that it is a plain host name ssh can match exactly. */
  static String requireAlias(String alias) {
    if (alias == null || !ALIAS.matcher(alias).matches()) {
      throw new InvalidInputException(
          "Invalid alias '"
              + alias
              + "': use letters, digits, '.', '_' and '-', starting with a letter or digit.");
    }
    return alias;
  }

  /** Returns {@code podId} after checking that it is a RunPod identifier. */
  static String requirePodId(String podId) {
    if (podId == null || !POD_ID.matcher(podId).matches()) {
      throw new InvalidInputException(
          "Invalid pod id '" + podId + "': expected letters, digits, '_' and '-'.");
    }
    return podId;
  }

  /** Returns {@code endpoint} after checking its host, port and user. */
  static SshEndpoint requireEndpoint(SshEndpoint endpoint) {
    if (!HOST.matcher(endpoint.host()).matches()) {
      throw new InvalidInputException(
          "Invalid SSH host '" + endpoint.host() + "': expected an IP address or host name.");
    }
    if (endpoint.port() < 1 || endpoint.port() > 65535) {
      throw new InvalidInputException(
          "Invalid SSH port " + endpoint.port() + ": expected 1 to 65535.");
    }
    if (!USER.matcher(endpoint.username()).matches()) {
      throw new InvalidInputException(
          "Invalid SSH user '" + endpoint.username() + "': expected a plain account name.");
    }
    return endpoint;
  }

  /**
   * Returns {@code path} as an argument of {@code IdentityFile} or {@code UserKnownHostsFile}:
   * absolute, {@code %} doubled because ssh expands {@code %} tokens there, and quoted when it
   * contains a space.
   */
  static String fileArgument(Path path) {
    return quoted(requireConfigSafePath(path).replace("%", "%%"));
  }

  /**
   * Returns {@code path} as an argument of {@code Include}: absolute, with the glob characters that
   * {@code Include} expands escaped, and quoted when it contains a space.
   */
  static String includeArgument(Path path) {
    String text = requireConfigSafePath(path);
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '*' || c == '?' || c == '[' || c == ']') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return quoted(escaped.toString());
  }

  private static String requireConfigSafePath(Path path) {
    String text = path.toAbsolutePath().normalize().toString();
    boolean control = text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    if (control || text.contains("\"") || text.contains("\\") || text.contains("${")) {
      throw new InvalidInputException(
          "Path '"
              + text
              + "' cannot be written into an SSH config: it contains a quote, a backslash,"
              + " '${' or a control character. Choose a path without them.");
    }
    return text;
  }

  private static String quoted(String argument) {
    boolean plain = argument.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '#' || c == '\'');
    return plain ? argument : '"' + argument + '"';
  }
}

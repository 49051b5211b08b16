package dev.rp;

import dev.rp.internal.ValueStyle;
import java.nio.file.Path;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Files and folders rp reads and writes.
 *
 * <p>{@link #fromEnvironment} resolves them as the Python rp does: the config folder is {@code
 * RP_CONFIG_DIR}, else {@code $XDG_CONFIG_HOME/rp}, else {@code $HOME/.config/rp}; the SSH config
 * is {@code RP_SSH_CONFIG}, else {@code $HOME/.ssh/config}. {@code HOME} is honoured even when it
 * differs from the account's home directory.
 */
@Value.Immutable
@ValueStyle
public interface RpPaths {

  /** Returns the home folder, {@code $HOME} by default. */
  Path home();

  /** Returns the folder of {@code pods.json}, {@code schedule.json} and the key file. */
  Path configDir();

  /** Returns the SSH client config that rp adds its {@code Include} line to. */
  Path sshConfig();

  /** Returns the private key that rp's SSH entries name as {@code IdentityFile}. */
  Path identityFile();

  /**
   * Returns whether {@link #sshConfig()} is the file {@code ssh} reads without {@code -F}, which is
   * {@code ~/.ssh/config} of the account's home directory rather than of {@code $HOME}.
   */
  @Value.Derived
  default boolean sshConfigIsDefault() {
    Path accountHome = Path.of(System.getProperty("user.home"));
    return sshConfig()
        .toAbsolutePath()
        .normalize()
        .equals(accountHome.resolve(".ssh/config").toAbsolutePath().normalize());
  }

  /** Returns {@code pods.json}: aliases, per-pod config and templates. */
  default Path podsFile() {
    return configDir().resolve("pods.json");
  }

  /** Returns {@code schedule.json}: scheduled tasks. */
  default Path scheduleFile() {
    return configDir().resolve("schedule.json");
  }

  /** Returns the file that keeps the API key. */
  default Path apiKeyFile() {
    return configDir().resolve("runpod_api_key");
  }

  /** Returns the setup script run on pods after create and start. */
  default Path setupScript() {
    return configDir().resolve("setup.sh");
  }

  /** Returns the paths for the process environment. */
  static RpPaths fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /** Returns the paths for the environment {@code env}, as described on this type. */
  static RpPaths fromEnvironment(Map<String, String> env) {
    Path home = Path.of(nonBlank(env.get("HOME"), System.getProperty("user.home")));
    String xdg = env.get("XDG_CONFIG_HOME");
    Path configDir;
    if (isSet(env.get("RP_CONFIG_DIR"))) {
      configDir = Path.of(env.get("RP_CONFIG_DIR"));
    } else if (isSet(xdg)) {
      configDir = Path.of(xdg).resolve("rp");
    } else {
      configDir = home.resolve(".config/rp");
    }
    Path sshConfig =
        isSet(env.get("RP_SSH_CONFIG"))
            ? Path.of(env.get("RP_SSH_CONFIG"))
            : home.resolve(".ssh/config");
    // Absolute paths, because a scheduled tick starts in another working folder.
    return builder()
        .home(home.toAbsolutePath())
        .configDir(configDir.toAbsolutePath())
        .sshConfig(sshConfig.toAbsolutePath())
        .identityFile(home.toAbsolutePath().resolve(".ssh/runpod"))
        .build();
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  private static String nonBlank(String value, String fallback) {
    return isSet(value) ? value : fallback;
  }

  /** Returns a builder of paths. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link RpPaths}. */
  final class Builder extends ImmutableRpPaths.Builder {}
}

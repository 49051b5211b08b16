package dev.rp.cli.completion;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Shells that {@code rp --install-completion} writes completion for. */
public enum Shell {
  /** GNU Bash. */
  BASH,
  /** Z shell. */
  ZSH,
  /** Friendly interactive shell. */
  FISH;

  /**
   * Returns the shell named {@code requested}, or when it is empty the one that {@code SHELL} in
   * {@code env} names.
   *
   * @throws ParameterException when the name is not bash, zsh or fish, or none can be detected
   */
  public static Shell choose(String requested, Map<String, String> env, CommandLine command) {
    if (requested != null && !requested.isBlank()) {
      Shell shell = byName(requested.trim());
      if (shell == null) {
        throw new ParameterException(
            command,
            "Unknown shell '" + requested + "' for --install-completion: give bash, zsh or fish");
      }
      return shell;
    }
    String path = env.getOrDefault("SHELL", "");
    Shell detected = byName(path.substring(path.lastIndexOf('/') + 1));
    if (detected == null) {
      String shown = path.isEmpty() ? "SHELL is not set" : "SHELL is " + path;
      throw new ParameterException(
          command,
          "Cannot detect the shell (" + shown + "): give it, as in rp --install-completion bash");
    }
    return detected;
  }

  private static Shell byName(String name) {
    for (Shell shell : values()) {
      if (shell.displayName().equals(name.toLowerCase(Locale.ROOT))) {
        return shell;
      }
    }
    return null;
  }

  /** Names of the shells, as {@code --install-completion} accepts them, for completion. */
  public static final class Names implements Iterable<String> {
    /** Returns {@code bash}, {@code zsh} and {@code fish}. */
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(Shell::displayName).iterator();
    }
  }

  /** Returns the shell's command name, such as {@code bash}. */
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

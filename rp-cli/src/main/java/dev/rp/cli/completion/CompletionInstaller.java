package dev.rp.cli.completion;

import dev.rp.StoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Writes the completion script of {@code rp} where each shell looks for it, under {@code HOME}:
 *
 * <ul>
 *   <li>bash: {@code $XDG_DATA_HOME/bash-completion/completions/rp} (default {@code
 *       ~/.local/share/...}), which bash-completion loads on demand; without bash-completion, a
 *       line in {@code ~/.bashrc} sources it
 *   <li>zsh: {@code ~/.zfunc/_rp}, which needs {@code ~/.zfunc} in {@code fpath} before {@code
 *       compinit}
 *   <li>fish: {@code $XDG_CONFIG_HOME/fish/completions/rp.fish} (default {@code ~/.config/...}),
 *       which fish loads by itself
 * </ul>
 */
public final class CompletionInstaller {

  /** Comment that marks the line rp adds to {@code ~/.bashrc}, so that it is added only once. */
  static final String BASHRC_MARKER = "# rp tab completion";

  private static final List<Path> BASH_COMPLETION_LOADERS =
      List.of(
          Path.of("/usr/share/bash-completion/bash_completion"),
          Path.of("/etc/bash_completion"),
          Path.of("/usr/local/share/bash-completion/bash_completion"),
          Path.of("/opt/homebrew/etc/profile.d/bash_completion.sh"));

  private final Map<String, String> env;
  private final CommandLine root;
  private final List<Path> bashCompletionLoaders;

  /** Creates an installer for the {@code root} command in the environment {@code env}. */
  public CompletionInstaller(Map<String, String> env, CommandLine root) {
    this(env, root, BASH_COMPLETION_LOADERS);
  }

  CompletionInstaller(Map<String, String> env, CommandLine root, List<Path> bashLoaders) {
    this.env = env;
    this.root = root;
    this.bashCompletionLoaders = bashLoaders;
  }

  /**
   * Writes the script for {@code shell} and prints to {@code out} what was written and how to load
   * it.
   *
   * @throws StoreException when the script cannot be written
   */
  public Installation install(Shell shell, PrintStream out) {
    Path file = scriptPath(shell);
    List<String> steps = new ArrayList<>();
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, CompletionScripts.generate(shell, root), StandardCharsets.UTF_8);
      steps.add("Wrote the " + shell.displayName() + " completion of rp to " + file);
      steps.addAll(loadSteps(shell, file));
    } catch (IOException e) {
      throw new StoreException(
          "Writing the completion script " + file + " failed: " + e.getMessage(), file, e);
    }
    steps.forEach(out::println);
    out.flush();
    return new Installation(file, steps);
  }

  /** Returns where the script for {@code shell} goes. */
  public Path scriptPath(Shell shell) {
    Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    return switch (shell) {
      case BASH ->
          xdg("XDG_DATA_HOME", home.resolve(".local/share"))
              .resolve("bash-completion/completions/rp");
      case ZSH -> home.resolve(".zfunc/_rp");
      case FISH ->
          xdg("XDG_CONFIG_HOME", home.resolve(".config")).resolve("fish/completions/rp.fish");
    };
  }

  private Path xdg(String variable, Path fallback) {
    String value = env.get(variable);
    return value == null || value.isBlank() ? fallback : Path.of(value);
  }

  private List<String> loadSteps(Shell shell, Path file) throws IOException {
    return switch (shell) {
      case BASH -> bashSteps(file);
      case ZSH ->
          List.of(
              "If ~/.zshrc does not add ~/.zfunc to fpath yet, add these lines to it:",
              "  fpath=(~/.zfunc $fpath)",
              "  autoload -Uz compinit && compinit",
              "Then open a new shell, or run: exec zsh");
      case FISH -> List.of("Open a new fish shell to load it.");
    };
  }

  private List<String> bashSteps(Path file) throws IOException {
    if (bashCompletionLoaders.stream().anyMatch(Files::exists)) {
      return List.of("Open a new shell, or run: source " + file);
    }
    // Without bash-completion nothing reads the completions folder, so .bashrc sources the file.
    Path bashrc = file.getFileSystem().getPath(env.getOrDefault("HOME", "")).resolve(".bashrc");
    String line = "[ -f '" + file + "' ] && . '" + file + "'  " + BASHRC_MARKER;
    String current = Files.exists(bashrc) ? Files.readString(bashrc, StandardCharsets.UTF_8) : "";
    if (current.contains(BASHRC_MARKER)) {
      return List.of("Open a new shell, or run: source " + file);
    }
    String separator = current.isEmpty() || current.endsWith("\n") ? "" : "\n";
    Files.writeString(
        bashrc,
        separator + line + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    return List.of(
        "bash-completion is not installed, so added a line to " + bashrc + " that sources it",
        "Open a new shell, or run: source " + file);
  }

  /**
   * Result of an installation.
   *
   * @param script the file written
   * @param messages the lines printed: what was written and how to load it
   */
  public record Installation(Path script, List<String> messages) {}
}

package dev.rp.cli.completion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Generates the Tab completion scripts of {@code rp} from its picocli model.
 *
 * <p>Commands and options come from the model, so they stay in step with the code. Parameters
 * marked with {@link AliasCandidates} or {@link TemplateCandidates} complete the names that exist
 * when Tab is pressed, by running {@code rp __complete aliases} or {@code rp __complete templates}.
 */
public final class CompletionScripts {

  private static final Pattern BASH_MARKER =
      Pattern.compile(
          "local (\\w+)=\\(\"("
              + Pattern.quote(AliasCandidates.MARKER)
              + "|"
              + Pattern.quote(TemplateCandidates.MARKER)
              + ")\"\\)");

  // picocli's script makes compopt an alias in zsh. An alias defined while this file runs does
  // not reach the functions already read from it, so the zsh script defines a function instead.
  private static final String PICOCLI_COMPOPT_ALIAS = "  alias compopt=complete\n";

  private CompletionScripts() {}

  /** Returns the script for {@code shell}. */
  public static String generate(Shell shell, CommandLine root) {
    return switch (shell) {
      case BASH -> bash(root);
      case ZSH -> zsh(root);
      case FISH -> FishCompletion.generate(root.getCommandSpec());
    };
  }

  /**
   * Returns the bash script: picocli's generated script with the name markers replaced by calls to
   * {@code rp __complete}.
   */
  public static String bash(CommandLine root) {
    String script = AutoComplete.bash(root.getCommandName(), root);
    Matcher marker = BASH_MARKER.matcher(script);
    StringBuilder result = new StringBuilder();
    while (marker.find()) {
      String kind = marker.group(2).equals(AliasCandidates.MARKER) ? "aliases" : "templates";
      // Alias and template names contain no spaces, so the words of the output are the names.
      String replacement =
          "local " + marker.group(1) + "; " + marker.group(1) + "=( $(" + dynamicCall(kind) + ") )";
      marker.appendReplacement(result, Matcher.quoteReplacement(replacement));
    }
    marker.appendTail(result);
    return header("bash") + result;
  }

  /**
   * Returns the zsh script: an autoloadable {@code _rp} that runs the bash script through zsh's
   * {@code bashcompinit}.
   */
  public static String zsh(CommandLine root) {
    return "#compdef rp\n"
        + header("zsh")
        + "autoload -U +X bashcompinit && bashcompinit\n"
        + "# The bash functions call compopt, which zsh lacks; there it has nothing to do.\n"
        + "function compopt { return 0; }\n"
        + bash(root).replace(PICOCLI_COMPOPT_ALIAS, "")
        + "\n# zsh runs this file as the function _rp at the first Tab on rp, so the line below\n"
        + "# completes that Tab with the completion just registered.\n"
        + "_bash_complete -o default -F _complete_rp\n";
  }

  /** Returns the shell command that prints the names of {@code kind}, one per line. */
  static String dynamicCall(String kind) {
    return "rp __complete " + kind + " 2>/dev/null";
  }

  static String header(String shell) {
    return "# Tab completion of rp for "
        + shell
        + ", written by rp --install-completion.\n"
        + "# Alias and template names are read at each Tab by running rp __complete.\n";
  }
}

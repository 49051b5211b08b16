package dev.rp.cli.completion;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Generates the fish completion script of {@code rp} from its picocli model.
 *
 * <p>The script defines {@code __rp_state}, which walks the words typed so far and prints the
 * command path (such as {@code rp template create}) and how many positional arguments follow it,
 * skipping option values. Each {@code complete} line applies only at its command path, and a
 * positional's candidates only at its index.
 */
final class FishCompletion {

  private FishCompletion() {}

  static String generate(CommandSpec root) {
    List<CommandSpec> commands = new ArrayList<>();
    collect(root, commands);
    StringBuilder script = new StringBuilder(CompletionScripts.header("fish"));
    script.append("complete -c rp -e\ncomplete -c rp -f\n\n");
    script.append("set -g __rp_command_paths");
    for (CommandSpec command : commands) {
      if (command != root) {
        script.append(' ').append(quote(command.qualifiedName()));
      }
    }
    script.append("\nset -g __rp_value_options");
    for (CommandSpec command : commands) {
      for (OptionSpec option : visibleOptions(command)) {
        if (takesValue(option)) {
          for (String name : option.names()) {
            script.append(' ').append(quote(command.qualifiedName() + " " + name));
          }
        }
      }
    }
    script.append("\n\n").append(STATE_FUNCTIONS).append('\n');
    for (CommandSpec command : commands) {
      appendCommand(script, command);
    }
    return script.toString();
  }

  private static final String STATE_FUNCTIONS =
      """
      function __rp_state --description 'Prints the rp command path and its argument count'
          set -l path rp
          set -l count 0
          set -l skip_value 0
          for token in (commandline -opc)[2..-1]
              if test $skip_value = 1
                  set skip_value 0
                  continue
              end
              if test $count = 0; and contains -- "$path $token" $__rp_command_paths
                  set path "$path $token"
                  continue
              end
              if string match -q -- '-*' $token
                  if not string match -q -- '*=*' $token; and contains -- "$path $token" $__rp_value_options
                      set skip_value 1
                  end
                  continue
              end
              set count (math $count + 1)
          end
          echo $path
          echo $count
      end

      function __rp_at --description 'Tests the command path and, if given, the argument count'
          set -l state (__rp_state)
          test "$state[1]" = "$argv[1]"; or return 1
          test (count $argv) -lt 2; or test "$state[2]" = "$argv[2]"
      end
      """;

  private static void collect(CommandSpec command, List<CommandSpec> into) {
    into.add(command);
    for (var sub : command.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      // A subcommand appears once per name it has; aliases would be listed twice.
      if (!spec.usageMessage().hidden()
          && spec.name().equals(sub.getCommandName())
          && !into.contains(spec)) {
        collect(spec, into);
      }
    }
  }

  private static void appendCommand(StringBuilder script, CommandSpec command) {
    String path = "\"" + command.qualifiedName() + "\"";
    script.append("# ").append(command.qualifiedName()).append('\n');
    for (var sub : command.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (!spec.usageMessage().hidden()) {
        script.append("complete -c rp -n ").append(quote("__rp_at " + path + " 0"));
        script.append(" -a ").append(quote(spec.name()));
        script.append(" -d ").append(quote(summary(spec))).append('\n');
      }
    }
    for (OptionSpec option : visibleOptions(command)) {
      script.append("complete -c rp -n ").append(quote("__rp_at " + path));
      for (String name : option.names()) {
        script.append(name.startsWith("--") ? " -l " : " -s ").append(name.replaceFirst("^-+", ""));
      }
      if (takesValue(option)) {
        script.append(" -x");
        String candidates = candidates(option.completionCandidates());
        if (candidates != null) {
          script.append(" -a ").append(quote(candidates));
        }
      }
      script.append(" -d ").append(quote(firstSentence(option.description()))).append('\n');
    }
    for (PositionalParamSpec positional : command.positionalParameters()) {
      String candidates = candidates(positional.completionCandidates());
      if (candidates != null && !positional.hidden()) {
        int index = positional.index().min();
        script.append("complete -c rp -n ").append(quote("__rp_at " + path + " " + index));
        script.append(" -a ").append(quote(candidates)).append('\n');
      }
    }
    script.append('\n');
  }

  private static List<OptionSpec> visibleOptions(CommandSpec command) {
    return command.options().stream().filter(option -> !option.hidden()).toList();
  }

  private static boolean takesValue(OptionSpec option) {
    return option.arity().max() > 0;
  }

  private static String candidates(Iterable<String> values) {
    if (values == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String value : values) {
      if (value.equals(AliasCandidates.MARKER)) {
        return "(" + CompletionScripts.dynamicCall("aliases") + ")";
      }
      if (value.equals(TemplateCandidates.MARKER)) {
        return "(" + CompletionScripts.dynamicCall("templates") + ")";
      }
      words.add(value);
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  private static String summary(CommandSpec command) {
    String[] header = command.usageMessage().header();
    return header.length > 0 ? header[0] : firstSentence(command.usageMessage().description());
  }

  private static String firstSentence(String[] description) {
    if (description.length == 0) {
      return "";
    }
    String text = description[0];
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  /** Returns {@code text} as a fish single-quoted string. */
  static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}

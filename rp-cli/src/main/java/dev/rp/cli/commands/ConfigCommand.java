package dev.rp.cli.commands;

import dev.rp.cli.AliasChoice;
import dev.rp.cli.completion.AliasCandidates;
import dev.rp.pods.ConfigChange;
import dev.rp.pods.PodOperations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rp config}: reads or changes a pod's settings. */
@Command(
    name = "config",
    header = "Prints or sets a pod's settings, such as path.",
    footerHeading = "%nExamples:%n",
    description = {
      "Prints a pod's setting KEY, or sets each KEY=VALUE and reports the value it replaced."
          + " KEY= clears a setting. The setting rp uses is path, the folder rp shell and rp"
          + " cursor open; with only ALIAS, or no argument, prints every setting.",
      "A KEY starts with a letter or '_' and goes on with letters, digits, '_', '.' or '-'.",
      "ALIAS may be left out: an argument containing '=' is always a setting, and a single"
          + " argument that is not a tracked alias is a KEY. Without ALIAS, rp uses the only"
          + " tracked pod, or asks which one.",
      "Exits with 1 when the KEY to print is not set."
    },
    footer = {
      "  rp config my-pod path",
      "  rp config my-pod path=/workspace/myproject",
      "  rp config my-pod path=/workspace/x path2=/workspace/y",
      "  rp config my-pod path=",
      "  rp config path"
    })
public final class ConfigCommand extends BaseCommand {

  // Picocli fills these by position, and call() reads them again because ALIAS may be left out.
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod.")
  String alias;

  @Parameters(
      index = "1..*",
      paramLabel = "KEY | KEY=VALUE",
      description = "A key to print, or one or more KEY=VALUE pairs to set.")
  List<String> settings = new ArrayList<>();

  /** Prints one setting or all of them, or sets the KEY=VALUE pairs. */
  @Override
  public Integer call() {
    List<String> arguments = new ArrayList<>();
    if (alias != null) {
      arguments.add(alias);
    }
    arguments.addAll(settings);
    String explicitAlias = null;
    if (!arguments.isEmpty() && takesAlias(arguments)) {
      explicitAlias = arguments.remove(0);
    }
    String chosen = AliasChoice.resolve(context(), explicitAlias, "config");
    PodOperations pod = context().client().pods().alias(chosen);
    if (arguments.isEmpty()) {
      return printAll(pod);
    }
    if (arguments.stream().noneMatch(argument -> argument.contains("="))) {
      if (arguments.size() > 1) {
        throw usageError(
            "Give one KEY to print, not "
                + String.join(" ", arguments)
                + "; rp show prints them all");
      }
      return printOne(pod, arguments.get(0));
    }
    return set(pod, assignments(arguments));
  }

  private boolean takesAlias(List<String> arguments) {
    String first = arguments.get(0);
    if (first.contains("=")) {
      return false;
    }
    if (arguments.size() > 1) {
      return true;
    }
    return context().client().stores().aliases().all().containsKey(first);
  }

  private Map<String, String> assignments(List<String> arguments) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      if (equals < 0) {
        throw usageError(
            "Invalid setting '"
                + argument
                + "': give either one KEY to print or only KEY=VALUE pairs to set");
      }
      values.put(argument.substring(0, equals), argument.substring(equals + 1));
    }
    return values;
  }

  private Integer printAll(PodOperations pod) {
    Map<String, String> config = pod.config();
    if (config.isEmpty()) {
      err()
          .println(
              pod.alias()
                  + " has no settings. Set one with rp config "
                  + pod.alias()
                  + " path=FOLDER.");
    }
    config.forEach((key, value) -> out().println(key + "=" + value));
    return OK;
  }

  private Integer printOne(PodOperations pod, String key) {
    Optional<String> value = pod.config(key);
    if (value.isEmpty()) {
      err()
          .println(
              "rp: Setting '"
                  + key
                  + "' of "
                  + pod.alias()
                  + " is not set. Set it with rp config "
                  + pod.alias()
                  + " "
                  + key
                  + "=VALUE.");
      return FAILED;
    }
    out().println(value.get());
    return OK;
  }

  private Integer set(PodOperations pod, Map<String, String> values) {
    for (ConfigChange change : pod.setConfig(values)) {
      out().println(describe(change));
    }
    return OK;
  }

  private static String describe(ConfigChange change) {
    String key = change.key() + ": ";
    Optional<String> previous = change.previous();
    Optional<String> value = change.value();
    if (value.isEmpty()) {
      return previous.isEmpty() ? key + "was not set" : key + previous.get() + " -> (cleared)";
    }
    if (previous.isEmpty()) {
      return key + value.get() + " (new)";
    }
    if (previous.equals(value)) {
      return key + value.get() + " (unchanged)";
    }
    return key + previous.get() + " -> " + value.get();
  }
}

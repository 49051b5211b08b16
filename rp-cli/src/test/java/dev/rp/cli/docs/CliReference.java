package dev.rp.cli.docs;

import dev.rp.cli.CliContext;
import dev.rp.cli.Main;
import dev.rp.cli.output.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes {@code docs/cli.md}, the reference of every command and option, from the picocli model of
 * {@code rp}, so the reference cannot drift from the help. Run with the path to write as the
 * argument; {@code CliReferenceTest} checks the committed file is up to date.
 */
public final class CliReference {
  private CliReference() {}

  /** Writes the reference to the file named by {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[0]), render(), StandardCharsets.UTF_8);
  }

  /** Returns the reference as Markdown. */
  public static String render() {
    CliContext context =
        new CliContext(
            Map.of(),
            Terminal.from(Map.of("NO_COLOR", "1"), new Properties(), false),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    CommandLine root = Main.commandLine(context);
    StringBuilder text = new StringBuilder();
    text.append("# rp command-line reference\n\n")
        .append("Generated from the command line's own model by `CliReference`; `rp <command>")
        .append(" --help` prints the same. Every command also takes `-h, --help` and")
        .append(" `--verbose`.\n\n");
    appendCommand(text, root, 2);
    return text.toString();
  }

  private static void appendCommand(StringBuilder text, CommandLine command, int level) {
    CommandSpec spec = command.getCommandSpec();
    if (spec.usageMessage().hidden()) {
      return;
    }
    text.append("#".repeat(level)).append(" `").append(spec.qualifiedName()).append("`\n\n");
    for (String header : spec.usageMessage().header()) {
      text.append(header).append("\n\n");
    }
    text.append("```\n").append(command.getHelp().synopsis(0).strip()).append("\n```\n\n");
    for (String paragraph : spec.usageMessage().description()) {
      text.append(paragraph.replace("%n", "\n")).append("\n\n");
    }
    List<PositionalParamSpec> positionals =
        spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
    boolean root = spec.parent() == null;
    List<OptionSpec> options =
        spec.options().stream().filter(o -> !o.hidden() && (root || !isCommon(o))).toList();
    if (!positionals.isEmpty() || !options.isEmpty()) {
      text.append("| Argument or option | Description |\n| --- | --- |\n");
      for (PositionalParamSpec positional : positionals) {
        text.append("| `")
            .append(positional.paramLabel())
            .append("` | ")
            .append(describe(positional))
            .append(" |\n");
      }
      for (OptionSpec option : options) {
        String names = String.join(", ", option.names());
        String label = option.typeInfo().isBoolean() ? "" : " " + option.paramLabel();
        text.append("| `")
            .append(names)
            .append(label)
            .append("` | ")
            .append(describe(option))
            .append(" |\n");
      }
      text.append('\n');
    }
    String[] footer = spec.usageMessage().footer();
    if (footer.length > 0) {
      String heading = spec.usageMessage().footerHeading().replace("%n", "").strip();
      if (!heading.isEmpty()) {
        text.append(heading).append("\n\n");
      }
      text.append("```\n");
      for (String line : footer) {
        text.append(line.strip()).append('\n');
      }
      text.append("```\n\n");
    }
    for (CommandLine sub : command.getSubcommands().values().stream().distinct().toList()) {
      appendCommand(text, sub, level + 1);
    }
  }

  // Every command takes these; the reference says so once at the top.
  private static boolean isCommon(OptionSpec option) {
    return option.longestName().equals("--help") || option.longestName().equals("--verbose");
  }

  private static String describe(ArgSpec arg) {
    String description =
        java.util.Arrays.stream(arg.description())
            .map(line -> line.replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValue())))
            .collect(Collectors.joining(" "));
    return description.replace("|", "\\|").replace("%n", " ");
  }
}

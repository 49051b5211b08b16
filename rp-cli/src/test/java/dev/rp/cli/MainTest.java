package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.InProcessRp.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class MainTest {

  private static final List<String> PYTHON_RP_COMMANDS =
      List.of(
          "create",
          "start",
          "stop",
          "destroy",
          "track",
          "untrack",
          "list",
          "show",
          "clean",
          "cursor",
          "shell",
          "config",
          "template",
          "schedule",
          "scheduler-tick",
          "scheduler");

  /** Returns the path of every visible command below {@code rp}, such as {@code template list}. */
  static List<String> visibleCommandPaths() {
    CommandLine root = Main.commandLine(InProcessRpContext.create());
    List<String> paths = new ArrayList<>();
    collect(root.getCommandSpec(), paths);
    return paths;
  }

  private static void collect(CommandSpec command, List<String> into) {
    for (CommandLine sub : command.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (!spec.usageMessage().hidden()) {
        into.add(spec.qualifiedName().substring("rp ".length()));
        collect(spec, into);
      }
    }
  }

  @Test
  void help_listsEveryCommand() {
    Result result = InProcessRp.run("--help");

    assertThat(result.exitCode()).isZero();
    for (String command : PYTHON_RP_COMMANDS) {
      assertThat(result.out()).containsPattern("(?m)^  " + command + " ");
    }
    assertThat(result.err()).isEmpty();
  }

  @Test
  void help_hidesInternalCommands() {
    Result result = InProcessRp.run("--help");

    assertThat(result.out()).doesNotContain("__complete").doesNotContain("__json-check");
  }

  @Test
  void help_documentsExitCodes() {
    assertThat(InProcessRp.run("--help").out())
        .contains("Exit codes:")
        .containsPattern("(?m)^  2 +invalid input");
  }

  @ParameterizedTest
  @MethodSource("visibleCommandPaths")
  void commandHelp_showsExamples(String path) {
    List<String> args = new ArrayList<>(List.of(path.split(" ")));
    args.add("--help");

    Result result = InProcessRp.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Examples:").contains("  rp " + path.split(" ")[0]);
    assertThat(result.out()).contains("--verbose");
  }

  @Test
  void stopHelp_at80Columns_keepsTimesWhole() {
    String help = InProcessRp.run("stop", "--help").out();

    assertThat(help)
        .contains("22:00")
        .contains("\"tomorrow 09:30\"")
        .contains("\"2026-12-05 09:30\"");
    assertThat(help).doesNotContainPattern("(?m)[0-9A-Z]:$");
  }

  @Test
  void version_printsRpAndJava() {
    Result result = InProcessRp.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("rp " + VersionProvider.UNPACKAGED + "\nJava 17");
  }

  @Test
  void noCommand_isUsageError() {
    Result result = InProcessRp.run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("rp: Missing command (see 'rp --help')\n");
  }

  @Test
  void unknownOption_isOneLineUsageError() {
    Result result = InProcessRp.run("stop", "dev-1", "--bogus");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("rp: Unknown option: '--bogus' (see 'rp stop --help')\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void mistypedCommand_suggestsNearest() {
    Result result = InProcessRp.run("lisst");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("rp: Unknown command 'lisst'. Did you mean list")
        .hasLineCount(1);
  }

  @Test
  void swappedLetters_suggestsCommand() {
    Result result = InProcessRp.run("lsit");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("rp: Unknown command 'lsit'. Did you mean list? (see 'rp --help')\n");
  }

  @Test
  void unknownWord_isUnknownCommand() {
    Result result = InProcessRp.run("xyzzy");

    assertThat(result.err()).isEqualTo("rp: Unknown command 'xyzzy' (see 'rp --help')\n");
  }

  @Test
  void unknownSubcommandOfGroup_namesGroupHelp() {
    Result result = InProcessRp.run("schedule", "lsit");

    assertThat(result.err())
        .startsWith("rp: Unknown command 'lsit'. Did you mean list")
        .endsWith("(see 'rp schedule --help')\n");
  }

  @Test
  void stopAtAndIn_areMutuallyExclusive() {
    Result result = InProcessRp.run("stop", "dev-1", "--at", "22:00", "--in", "1h");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("mutually exclusive").hasLineCount(1);
  }

  @Test
  void groupWithoutSubcommand_isUsageError() {
    Result result = InProcessRp.run("template");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("give create, list or delete").hasLineCount(1);
  }

  @Test
  void invalidTimeout_isUsageError() {
    Result result = InProcessRp.run("create", "--timeout", "soon");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Invalid delay 'soon'").hasLineCount(1);
  }

  @Test
  void configWithoutEquals_isUsageError() {
    Result result = InProcessRp.run("create", "--config", "path");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("KEY=VALUE").hasLineCount(1);
  }

  @Test
  void verbose_isAcceptedOnSubcommands(@TempDir Path home) {
    Result result =
        InProcessRp.run(Map.of("HOME", home.toString()), "template", "list", "--verbose");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("a40 (built-in)");
  }

  @Test
  void jsonCheck_parsesRecord() {
    Result result = InProcessRp.run("__json-check");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("name=rp count=2 tags=[a, b]\n");
  }

  @Test
  void installCompletion_unknownShell_isUsageError() {
    Result result = InProcessRp.run("--install-completion", "tcsh");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown shell 'tcsh'").hasLineCount(1);
  }
}

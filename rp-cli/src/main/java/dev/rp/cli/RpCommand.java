package dev.rp.cli;

import dev.rp.cli.commands.CleanCommand;
import dev.rp.cli.commands.ConfigCommand;
import dev.rp.cli.commands.CreateCommand;
import dev.rp.cli.commands.CursorCommand;
import dev.rp.cli.commands.DestroyCommand;
import dev.rp.cli.commands.JsonCheckCommand;
import dev.rp.cli.commands.ListCommand;
import dev.rp.cli.commands.LogsCommand;
import dev.rp.cli.commands.ScheduleCommand;
import dev.rp.cli.commands.SchedulerCommand;
import dev.rp.cli.commands.SchedulerTickCommand;
import dev.rp.cli.commands.ShellCommand;
import dev.rp.cli.commands.ShowCommand;
import dev.rp.cli.commands.StartCommand;
import dev.rp.cli.commands.StopCommand;
import dev.rp.cli.commands.TemplateCommand;
import dev.rp.cli.commands.TerminalCheckCommand;
import dev.rp.cli.commands.TrackCommand;
import dev.rp.cli.commands.UntrackCommand;
import dev.rp.cli.completion.CompleteCommand;
import dev.rp.cli.completion.CompletionInstaller;
import dev.rp.cli.completion.Shell;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code rp} command: global options and the list of subcommands. */
@Command(
    name = "rp",
    versionProvider = VersionProvider.class,
    description = {
      "Manages RunPod GPU pods by alias: creates, starts, stops and destroys them, keeps their"
          + " SSH config entries current, and schedules stops.",
    },
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0    success",
      "  1    failure while running, such as an API error or a timeout",
      "  2    invalid input: an unknown option, a missing argument or an invalid value",
      "  130  interrupted with Ctrl-C",
      "",
      "Environment:",
      "  RUNPOD_API_KEY  API key; else the key file in the config folder, else a prompt",
      "  RUNPOD_API_URL  base URL of the RunPod API (default https://api.runpod.io)",
      "  RP_CONFIG_DIR   config folder (default $XDG_CONFIG_HOME/rp, else ~/.config/rp)",
      "  RP_SSH_CONFIG   SSH config file rp manages (default ~/.ssh/config)",
      "  NO_COLOR        when set, turns colour off",
      "  RP_DAEMON       0 turns off the background JVM that runs quick commands",
      "",
      "Examples:",
      "  rp create --alias my-pod --gpu 2xA100 --storage 500GB",
      "  rp stop my-pod --in 8h",
      "  rp list",
      "  rp --install-completion"
    })
public final class RpCommand implements Callable<Integer> {

  /** The subcommands, in the order help lists them. */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          CreateCommand.class,
          StartCommand.class,
          StopCommand.class,
          DestroyCommand.class,
          TrackCommand.class,
          UntrackCommand.class,
          ListCommand.class,
          ShowCommand.class,
          CleanCommand.class,
          CursorCommand.class,
          ShellCommand.class,
          LogsCommand.class,
          ConfigCommand.class,
          TemplateCommand.class,
          ScheduleCommand.class,
          SchedulerTickCommand.class,
          SchedulerCommand.class,
          CompleteCommand.class,
          JsonCheckCommand.class,
          TerminalCheckCommand.class);

  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      scope = ScopeType.INHERIT,
      description = "Prints this help and exits.")
  boolean help;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "Prints rp's version and the Java runtime's, and exits.")
  boolean version;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description =
          "Prints debug logs of each API call and, on an error, the stack trace, on stderr.")
  boolean verbose;

  @Option(
      names = "--install-completion",
      arity = "0..1",
      paramLabel = "SHELL",
      fallbackValue = "",
      completionCandidates = Shell.Names.class,
      description =
          "Installs Tab completion for SHELL (bash, zsh or fish; default: from $SHELL) and"
              + " prints what to reload.")
  String installCompletion;

  /**
   * Returns the subcommands to build for {@code args}: only the one named, when the arguments name
   * one and ask for no top-level help, otherwise all of them. picocli builds a command's model by
   * reflection, so building one instead of every command shortens each run.
   */
  static List<Class<?>> subcommandsFor(String... args) {
    for (String arg : args) {
      if (arg.startsWith("-")) {
        if (arg.equals("--verbose")) {
          continue;
        }
        return SUBCOMMANDS;
      }
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (subcommand.getAnnotation(Command.class).name().equals(arg)) {
          return List.of(subcommand);
        }
      }
      return SUBCOMMANDS;
    }
    return SUBCOMMANDS;
  }

  /**
   * Returns whether {@code args} only ask for the top-level help or version, or for nothing, which
   * prints the usage: then the subcommands need their names and headers only.
   */
  static boolean needsOnlyHeaders(String... args) {
    for (String arg : args) {
      if (!List.of("-h", "--help", "-V", "--version", "--verbose").contains(arg)) {
        return false;
      }
    }
    return true;
  }

  /** Creates the command for a run with {@code context}. */
  public RpCommand(CliContext context) {
    this.context = context;
  }

  /** Returns the context of this run. */
  public CliContext context() {
    return context;
  }

  /**
   * Installs completion when asked; otherwise, since a subcommand is required, prints the usage to
   * stderr and returns 2.
   */
  @Override
  public Integer call() {
    if (installCompletion != null) {
      Shell shell = Shell.choose(installCompletion, context.env(), spec.commandLine());
      new CompletionInstaller(context.env(), spec.commandLine()).install(shell, context.out());
      return 0;
    }
    throw new ParameterException(spec.commandLine(), "Missing command");
  }
}

package dev.rp.cli;

import dev.rp.cli.output.Terminal;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code rp} command line in this JVM. The launcher enters through {@link Rp}, which calls
 * {@link #runInThisProcess} unless rp's background process runs the command.
 *
 * <p>It replaces stdout and stderr with streams that mask {@link Secrets}, parses the arguments,
 * configures logging from {@code --verbose}, runs the command and exits with its code: 0 on
 * success, 1 on a failure while running, 2 on invalid input.
 */
public final class Main {

  private Main() {}

  /**
   * Runs {@code rp} with {@code args} in this JVM and exits it with the command's exit code. The
   * launcher starts {@link Rp} instead, which first offers the command to rp's background process.
   */
  public static void main(String[] args) {
    System.exit(runInThisProcess(args));
  }

  /**
   * Runs {@code rp} with {@code args} in this JVM, on stdout and stderr replaced by streams that
   * mask {@link Secrets}, and returns the exit code.
   */
  static int runInThisProcess(String... args) {
    Terminal terminal = Terminal.detect();
    System.setOut(redacting(FileDescriptor.out, terminal.charset()));
    System.setErr(redacting(FileDescriptor.err, terminal.charset()));
    int exitCode = run(CliContext.fromProcess(terminal), args);
    System.out.flush();
    System.err.flush();
    return exitCode;
  }

  /** Runs {@code rp} with {@code args} in {@code context} and returns the exit code. */
  public static int run(CliContext context, String... args) {
    if (RpCommand.needsOnlyHeaders(args)) {
      return commandLine(context, List.of(), true).execute(args);
    }
    return commandLine(context, RpCommand.subcommandsFor(args), false).execute(args);
  }

  /** Returns the configured command line of {@code rp} for {@code context}, with every command. */
  public static CommandLine commandLine(CliContext context) {
    return commandLine(context, RpCommand.SUBCOMMANDS, false);
  }

  private static CommandLine commandLine(
      CliContext context, List<Class<?>> subcommands, boolean headersOnly) {
    Terminal terminal = context.terminal();
    CommandLine commandLine = new CommandLine(new RpCommand(context));
    for (Class<?> subcommand : subcommands) {
      commandLine.addSubcommand(subcommand);
    }
    if (headersOnly) {
      for (Class<?> subcommand : RpCommand.SUBCOMMANDS) {
        Command command = subcommand.getAnnotation(Command.class);
        commandLine.addSubcommand(command.name(), headerOnly(command));
      }
    }
    commandLine.setOut(writer(context.out(), terminal.charset()));
    commandLine.setErr(writer(context.err(), terminal.charset()));
    commandLine.setColorScheme(
        CommandLine.Help.defaultColorScheme(
            terminal.stdoutColour().enabled() ? Ansi.ON : Ansi.OFF));
    commandLine.setUsageHelpWidth(
        terminal.stdoutIsTerminal() ? Math.max(55, Math.min(terminal.width(), 100)) : 80);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new ExecutionErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setExecutionStrategy(
        parsed -> {
          boolean verbose = ExecutionErrorHandler.verboseRequested(parsed);
          context.setVerbose(verbose);
          Logging.configure(verbose);
          return new CommandLine.RunLast().execute(parsed);
        });
    return commandLine;
  }

  // The top-level help lists only each command's name and header. Building picocli's full model
  // of every command, by reflection over its options, would cost most of rp --help's time.
  private static CommandLine headerOnly(Command command) {
    CommandSpec spec = CommandSpec.create().name(command.name());
    spec.usageMessage().header(command.header()).hidden(command.hidden());
    return new CommandLine(spec);
  }

  // PrintStream's autoflush flushes after every print, which could split a secret, so it is off.
  // The redacting stream writes each line as it ends, and prompts flush by themselves.
  private static PrintStream redacting(FileDescriptor descriptor, Charset charset) {
    FileOutputStream stream = new FileOutputStream(descriptor);
    return new PrintStream(new RedactingOutputStream(stream, charset), false, charset);
  }

  private static PrintWriter writer(PrintStream stream, Charset charset) {
    return new PrintWriter(new OutputStreamWriter(stream, charset), true);
  }
}

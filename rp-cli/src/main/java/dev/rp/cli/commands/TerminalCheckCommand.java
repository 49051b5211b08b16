package dev.rp.cli.commands;

import dev.rp.cli.output.Terminal;
import picocli.CommandLine.Command;

/**
 * Hidden {@code rp __terminal}: prints what rp detected about the terminal, so that tests and bug
 * reports can check the launcher's detection, such as {@code stdin=true stdout=false}.
 */
@Command(name = "__terminal", hidden = true, description = "Prints the terminal facts rp uses.")
public final class TerminalCheckCommand extends BaseCommand {

  /** Prints one line of terminal facts. */
  @Override
  public Integer call() {
    Terminal terminal = context().terminal();
    out()
        .println(
            "stdin="
                + terminal.stdinIsTerminal()
                + " stdout="
                + terminal.stdoutIsTerminal()
                + " stderr="
                + terminal.stderrIsTerminal()
                + " width="
                + terminal.width()
                + " colour="
                + terminal.stdoutColour().enabled()
                + " launcher="
                + System.getProperty("rp.launcher", "none"));
    return OK;
  }
}

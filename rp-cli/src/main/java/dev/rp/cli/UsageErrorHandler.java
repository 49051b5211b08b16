package dev.rp.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints a usage error, such as an unknown option or a missing argument, as one line on stderr that
 * names the command's help, and returns exit code 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException error, String[] args) {
    CommandLine command = error.getCommandLine();
    String message = error.getMessage() == null ? "invalid input" : error.getMessage().strip();
    StringBuilder line = new StringBuilder("rp: ").append(message.replaceAll("\\s*\\R\\s*", " "));
    if (error instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append(". Did you mean ").append(String.join(" or ", suggestions)).append('?');
      }
    }
    String help = command.getCommandSpec().qualifiedName() + " --help";
    line.append(" (see '").append(help).append("')");
    PrintWriter err = command.getErr();
    err.println(Secrets.redact(line.toString()));
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }
}

package dev.rp.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
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
    Optional<String> unknownCommand = unknownCommand(error);
    if (unknownCommand.isPresent()) {
      message = "Unknown command '" + unknownCommand.get() + "'";
    }
    StringBuilder line = new StringBuilder("rp: ").append(message.replaceAll("\\s*\\R\\s*", " "));
    if (error instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (suggestions.isEmpty() && unknownCommand.isPresent()) {
        suggestions = similarCommands(command, unknownCommand.get());
      }
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

  /**
   * Returns the word that picocli could not match when it is where a command with subcommands, such
   * as {@code rp} or {@code rp schedule}, expects the name of one.
   */
  private static Optional<String> unknownCommand(ParameterException error) {
    if (!(error instanceof UnmatchedArgumentException unmatched)) {
      return Optional.empty();
    }
    CommandLine command = error.getCommandLine();
    List<String> words = unmatched.getUnmatched();
    boolean expectsSubcommand =
        !command.getSubcommands().isEmpty()
            && command.getCommandSpec().positionalParameters().isEmpty();
    if (!expectsSubcommand || words.isEmpty() || words.get(0).startsWith("-")) {
      return Optional.empty();
    }
    return Optional.of(words.get(0));
  }

  /**
   * Returns the subcommands of {@code command} at most two edits from {@code word}, counting a swap
   * of two neighbouring letters as one edit, for typos that picocli finds no suggestion for, such
   * as {@code lsit}.
   */
  private static List<String> similarCommands(CommandLine command, String word) {
    return command.getSubcommands().keySet().stream()
        .filter(
            name -> !command.getSubcommands().get(name).getCommandSpec().usageMessage().hidden())
        .filter(name -> editDistance(word.toLowerCase(Locale.ROOT), name) <= 2)
        .sorted()
        .collect(Collectors.toList());
  }

  /** Returns the optimal string alignment distance between {@code a} and {@code b}. */
  static int editDistance(String a, String b) {
    int[][] distance = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      distance[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      distance[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best =
            Math.min(
                Math.min(distance[i - 1][j] + 1, distance[i][j - 1] + 1),
                distance[i - 1][j - 1] + substitution);
        boolean swapped =
            i > 1
                && j > 1
                && a.charAt(i - 1) == b.charAt(j - 2)
                && a.charAt(i - 2) == b.charAt(j - 1);
        if (swapped) {
          best = Math.min(best, distance[i - 2][j - 2] + 1);
        }
        distance[i][j] = best;
      }
    }
    return distance[a.length()][b.length()];
  }
}

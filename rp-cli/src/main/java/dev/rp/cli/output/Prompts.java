package dev.rp.cli.output;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Asks the user questions on the terminal: a line of text, a yes/no confirmation, a secret, or a
 * choice from a numbered list. Questions are written to stderr so that stdout keeps only data.
 *
 * <p>Every method throws {@link TerminalRequiredException} when stdin is not a terminal, with a
 * message that names {@code alternative}, the option or variable that supplies the answer without a
 * prompt, such as {@code --force}. Every method throws {@link PromptCancelledException} when the
 * input ends before an answer.
 */
public final class Prompts {

  /** Reads a secret without echoing it, returning null when the input ended. */
  @FunctionalInterface
  public interface SecretReader {
    /** Shows {@code prompt} and returns what was typed, or null at the end of the input. */
    char[] read(String prompt);
  }

  private final boolean interactive;
  private final BufferedReader in;
  private final PrintStream out;
  private final SecretReader secrets;

  /**
   * Creates prompts that read {@code in} and write questions to {@code out}.
   *
   * @param interactive whether stdin is a terminal; when false every prompt throws
   * @param secrets reads secrets without echo, or null when no console is available
   */
  public Prompts(boolean interactive, Reader in, PrintStream out, SecretReader secrets) {
    this.interactive = interactive;
    this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
    this.out = out;
    this.secrets = secrets;
  }

  /** Returns prompts on this process's stdin and stderr, with {@code terminal}'s facts. */
  public static Prompts create(Terminal terminal) {
    Console console = System.console();
    SecretReader secrets = console == null ? null : prompt -> console.readPassword("%s", prompt);
    return new Prompts(
        terminal.stdinIsTerminal(),
        new InputStreamReader(System.in, terminal.charset()),
        System.err,
        secrets);
  }

  /** Returns whether prompts can be shown, which is whether stdin is a terminal. */
  public boolean interactive() {
    return interactive;
  }

  /**
   * Shows {@code question} and returns the line typed, trimmed.
   *
   * @param alternative how to supply the answer without a prompt, such as {@code --alias NAME}
   */
  public String readLine(String question, String alternative) {
    requireTerminal(question, alternative);
    out.print(question + " ");
    out.flush();
    String line = nextLine();
    if (line == null) {
      throw new PromptCancelledException("Input ended before an answer to: " + question);
    }
    return line.trim();
  }

  /**
   * Asks a yes/no {@code question}, with no as the default: only {@code y} or {@code yes}, in any
   * case, confirms. The end of the input counts as no.
   *
   * @param alternative how to confirm without a prompt, such as {@code --force}
   */
  public boolean confirm(String question, String alternative) {
    requireTerminal(question, alternative);
    out.print(question + " [y/N] ");
    out.flush();
    String line = nextLine();
    if (line == null) {
      out.println();
      return false;
    }
    String answer = line.trim().toLowerCase(Locale.ROOT);
    return answer.equals("y") || answer.equals("yes");
  }

  /**
   * Shows {@code question} and returns the secret typed, such as an API key, which is never echoed.
   * Without a console, even when stdin is a terminal, this throws {@link
   * TerminalRequiredException}, because the secret could not be hidden.
   *
   * @param alternative how to supply the secret without a prompt, such as {@code RUNPOD_API_KEY}
   */
  public String readSecret(String question, String alternative) {
    requireTerminal(question, alternative);
    if (secrets == null) {
      throw new TerminalRequiredException(
          "Cannot read a secret without echoing it, because no console is attached. Use "
              + alternative
              + " instead.");
    }
    char[] typed = secrets.read(question + " ");
    if (typed == null) {
      throw new PromptCancelledException("Input ended before an answer to: " + question);
    }
    return new String(typed).trim();
  }

  /**
   * Shows {@code options} as a numbered menu under {@code question} and returns the one chosen by
   * number. An invalid answer repeats the question.
   *
   * @param label the text shown for each option
   * @param alternative how to choose without a prompt, such as {@code naming the alias}
   */
  public <T> T choose(
      String question, List<T> options, Function<T, String> label, String alternative) {
    requireTerminal(question, alternative);
    if (options.isEmpty()) {
      throw new IllegalArgumentException("No options to choose from for: " + question);
    }
    out.println(question);
    for (int i = 0; i < options.size(); i++) {
      out.printf("  %d) %s%n", i + 1, label.apply(options.get(i)));
    }
    while (true) {
      out.printf("Enter a number from 1 to %d: ", options.size());
      out.flush();
      String line = nextLine();
      if (line == null) {
        out.println();
        throw new PromptCancelledException("Input ended before a choice for: " + question);
      }
      Integer index = parseChoice(line.trim(), options.size());
      if (index != null) {
        return options.get(index);
      }
      out.println("'" + line.trim() + "' is not a number from 1 to " + options.size() + ".");
    }
  }

  private static Integer parseChoice(String answer, int count) {
    try {
      int number = Integer.parseInt(answer);
      return number >= 1 && number <= count ? number - 1 : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void requireTerminal(String question, String alternative) {
    if (!interactive) {
      throw new TerminalRequiredException(
          "Cannot ask \""
              + question
              + "\" because stdin is not a terminal. Use "
              + alternative
              + " instead.");
    }
  }

  private String nextLine() {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the answer from stdin failed", e);
    }
  }
}

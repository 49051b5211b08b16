package dev.rp.cli.completion;

import dev.rp.RunPodClient;
import dev.rp.cli.commands.BaseCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Hidden {@code rp __complete aliases|templates}: prints the names that Tab completes, one per
 * line, from the local state only. The completion scripts call it each time the user presses Tab on
 * such a parameter.
 */
@Command(name = "__complete", hidden = true, description = "Prints names for Tab completion.")
public final class CompleteCommand extends BaseCommand {

  /** Kinds of names this command prints. */
  enum Kind {
    aliases,
    templates
  }

  @Parameters(index = "0", paramLabel = "KIND", description = "aliases or templates")
  Kind kind;

  /** Prints the names of {@link #kind}. */
  @Override
  public Integer call() {
    RunPodClient client = context().client();
    List<String> names =
        kind == Kind.aliases ? CompletionNames.aliases(client) : CompletionNames.templates(client);
    names.forEach(out()::println);
    out().flush();
    return OK;
  }
}

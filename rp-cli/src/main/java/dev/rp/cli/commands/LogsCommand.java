package dev.rp.cli.commands;

import dev.rp.cli.AliasChoice;
import dev.rp.cli.completion.AliasCandidates;
import dev.rp.pods.PodLogs;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp logs}: streams a pod's container logs. */
@Command(
    name = "logs",
    header = "Streams a pod's container logs.",
    footerHeading = "%nExamples:%n",
    description = {
      "Prints the last lines of the pod's container log, then new lines as they come, until the"
          + " stream ends or you press Ctrl-C.",
      "Without ALIAS, asks which tracked pod to follow."
    },
    footer = {"  rp logs my-pod", "  rp logs my-pod --tail 500"})
public final class LogsCommand extends BaseCommand {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ALIAS",
      completionCandidates = AliasCandidates.class,
      description = "Alias of the pod whose logs to stream.")
  String alias;

  @Option(
      names = "--tail",
      paramLabel = "LINES",
      defaultValue = "100",
      description = "Number of earlier lines to print first, from 0 to 5000; default: 100.")
  int tail;

  @Override
  public Integer call() throws InterruptedException {
    if (tail < 0 || tail > 5000) {
      throw usageError("Invalid --tail " + tail + ": give a number of lines from 0 to 5000.");
    }
    String chosen = AliasChoice.resolve(context(), alias, "logs");
    try (PodLogs logs = context().apiClient().pods().alias(chosen).logs(tail, out()::println)) {
      while (!logs.await(Duration.ofSeconds(1))) {
        out().flush();
      }
    }
    out().flush();
    return OK;
  }
}

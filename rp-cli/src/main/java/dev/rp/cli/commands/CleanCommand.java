package dev.rp.cli.commands;

import dev.rp.pods.CleanReport;
import picocli.CommandLine.Command;

/** {@code rp clean}: removes aliases of pods that are gone, and finished tasks. */
@Command(
    name = "clean",
    header = "Removes aliases of deleted pods and finished tasks.",
    footerHeading = "%nExamples:%n",
    description = {
      "Removes aliases of pods that no longer exist on RunPod, SSH config entries that no alias"
          + " tracks, and completed, failed and cancelled scheduled tasks. An alias is removed"
          + " only when the API answers 404 for its pod.",
      "When checking a pod fails for another reason, such as a server error, its alias is kept,"
          + " the error is printed on stderr, and rp clean exits with 1 after cleaning the rest."
    },
    footer = {"  rp clean", "  rp clean --verbose"})
public final class CleanCommand extends BaseCommand {

  /** Runs the clean and prints what it removed, and what it kept after an error. */
  @Override
  public Integer call() {
    CleanReport report = context().apiClient().pods().clean();
    for (String alias : report.removedAliases()) {
      out().println("Removed alias " + alias + ": RunPod no longer has its pod.");
    }
    for (String entry : report.removedSshEntries()) {
      out().println("Removed SSH config entry " + entry + ": no alias tracks it.");
    }
    int tasks = report.removedTasks();
    if (tasks > 0) {
      out().println("Removed " + tasks + " finished scheduled task" + (tasks == 1 ? "." : "s."));
    }
    report.keptAfterError().forEach(this::printKept);
    if (report.removedAliases().isEmpty()
        && report.removedSshEntries().isEmpty()
        && report.removedTasks() == 0
        && report.keptAfterError().isEmpty()) {
      out().println("Nothing to clean.");
    }
    return report.keptAfterError().isEmpty() ? OK : FAILED;
  }

  private void printKept(String alias, String error) {
    String sentence = error.strip().endsWith(".") ? error.strip() : error.strip() + ".";
    err()
        .println(
            "rp: kept alias "
                + alias
                + " because checking its pod failed: "
                + sentence
                + " Run rp clean again later.");
  }
}

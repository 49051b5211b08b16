package dev.rp.cli.commands;

import dev.rp.schedule.RunnerResult;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code rp scheduler install}: installs the background job. */
@Command(
    name = "install",
    header = "Installs the background scheduler.",
    footerHeading = "%nExamples:%n",
    description = {
      "Installs or updates the per-user background job that runs this rp's launcher with"
          + " scheduler-tick every minute: a launchd agent on macOS, a systemd user timer or a"
          + " crontab entry on Linux. The job reads the API key from the key file each time;"
          + " rp writes the key into none of its files.",
      "Exits with 1 when no job could be installed, after printing the command to run every"
          + " minute instead."
    },
    footer = {"  rp scheduler install"})
public final class SchedulerInstallCommand extends BaseCommand {

  /** Installs the runner for this launcher and prints what was done. */
  @Override
  public Integer call() {
    Optional<Path> launcher = Launcher.installed();
    if (launcher.isEmpty()) {
      err().println("rp: " + Launcher.missingMessage());
      return FAILED;
    }
    RunnerResult result = context().client().schedule().runner(launcher.get()).install();
    RunnerOutput.print(result, out(), err());
    return result.success() ? OK : FAILED;
  }
}

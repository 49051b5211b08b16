package dev.rp.schedule;

import java.util.List;
import java.util.Locale;

/**
 * Chooses the background runner for a machine.
 *
 * <p>On macOS that is a launchd agent. On Linux and other Unix systems it is a systemd user timer
 * where systemd's user manager runs, else a crontab entry. Elsewhere, or when none of them can be
 * installed, the result explains how to run the tick by hand.
 *
 * <pre>{@code
 * SchedulerRunner runner = SchedulerRunners.detect(RunnerContext.of(launcher, paths));
 * RunnerResult result = runner.install();
 * System.out.println(result.message());
 * result.warnings().forEach(System.err::println);
 * }</pre>
 */
// NOTE: the launchd and systemd runners were tested against recorder scripts only, never against
// a real launchd or systemd user manager.
public final class SchedulerRunners {

  private SchedulerRunners() {}

  /**
   * Returns the runner for {@code context}'s operating system. Its {@link SchedulerRunner#install}
   * tries each candidate that is available in turn, its {@link SchedulerRunner#status} describes
   * the one installed, and its {@link SchedulerRunner#uninstall} removes every one installed.
   */
  public static SchedulerRunner detect(RunnerContext context) {
    String os = context.osName().toLowerCase(Locale.ROOT);
    ManualRunner manual = new ManualRunner(context);
    if (os.startsWith("mac")) {
      return new FallbackRunner(List.of(new LaunchdRunner(context)), manual);
    }
    if (os.startsWith("windows")) {
      return new FallbackRunner(List.of(), manual);
    }
    // Linux, the BSDs and other Unix systems, which all ship cron.
    return new FallbackRunner(List.of(new SystemdRunner(context), new CronRunner(context)), manual);
  }

  /** Returns the launchd agent runner, whatever the operating system. */
  public static SchedulerRunner launchd(RunnerContext context) {
    return new LaunchdRunner(context);
  }

  /** Returns the systemd user timer runner, whatever the operating system. */
  public static SchedulerRunner systemd(RunnerContext context) {
    return new SystemdRunner(context);
  }

  /** Returns the crontab runner, whatever the operating system. */
  public static SchedulerRunner cron(RunnerContext context) {
    return new CronRunner(context);
  }
}

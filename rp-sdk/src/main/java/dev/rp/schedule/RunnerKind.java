package dev.rp.schedule;

/** Kind of background runner that calls {@code rp scheduler-tick} every minute. */
public enum RunnerKind {
  /** A launchd agent, on macOS. */
  LAUNCHD("launchd agent"),
  /** A systemd user service and timer, on Linux with a systemd user manager. */
  SYSTEMD("systemd user timer"),
  /** A line in the user's crontab, on other Unix systems. */
  CRON("crontab entry"),
  /** None that rp can install: the user runs the tick themselves. */
  MANUAL("manual");

  private final String displayName;

  RunnerKind(String displayName) {
    this.displayName = displayName;
  }

  /** Returns the name to print, such as {@code systemd user timer}. */
  public String displayName() {
    return displayName;
  }
}

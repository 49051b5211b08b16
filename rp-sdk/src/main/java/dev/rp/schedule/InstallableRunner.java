package dev.rp.schedule;

/** A runner of one kind, which may or may not work on this machine. */
interface InstallableRunner extends SchedulerRunner {

  /** Returns the kind of runner. */
  RunnerKind kind();

  /** Returns whether the runner's service manager is usable here; may run a command. */
  boolean available();
}

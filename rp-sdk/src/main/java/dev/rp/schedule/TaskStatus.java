package dev.rp.schedule;

import java.util.Locale;

/** Status of a scheduled task, written in lower case in {@code schedule.json}. */
public enum TaskStatus {
  /** Waiting for its time, or for a retry after a transient failure. */
  PENDING,
  /** Carried out. */
  COMPLETED,
  /** Ended without being carried out; {@link ScheduledTask#lastError()} says why. */
  FAILED,
  /** Cancelled by the user. */
  CANCELLED;

  /** Returns the spelling used in {@code schedule.json}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the status for its {@code schedule.json} spelling, in any case. */
  public static TaskStatus fromJsonName(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}

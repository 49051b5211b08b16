/**
 * Scheduled stops of pods: {@link dev.rp.schedule.Schedule} records them, a tick runs the due ones,
 * and a {@link dev.rp.schedule.SchedulerRunner} (launchd, a systemd user timer or cron) runs the
 * tick every minute. {@link dev.rp.schedule.ScheduleTimes} parses and prints the times, such as
 * {@code 22:00} or {@code 2h30m}, in an explicit zone.
 */
package dev.rp.schedule;

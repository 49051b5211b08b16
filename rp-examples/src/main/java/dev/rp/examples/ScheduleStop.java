package dev.rp.examples;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.schedule.ScheduleTimes;
import dev.rp.schedule.ScheduledTask;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Schedules a stop of a tracked pod in N minutes, prints when in local time with the zone, and
 * lists every pending task. Arguments: {@code ALIAS [MINUTES]}, 60 minutes by default.
 *
 * <p>A task only records the stop: {@code rp scheduler-tick} carries out the due ones, and {@code
 * rp scheduler install} makes launchd, systemd or cron run it every minute.
 */
public final class ScheduleStop {

  /** Runs the example against the API, key and config folder set in the environment. */
  public static void main(String[] args) {
    try (RunPodClient client = RunPod.builder().build()) {
      run(client, System.out, args);
    }
  }

  static void run(RunPodClient client, PrintStream out, String... args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("Missing alias: pass the alias of a tracked pod.");
    }
    Duration delay = Duration.ofMinutes(args.length > 1 ? Long.parseLong(args[1]) : 60);
    // Tasks store whole seconds, so a clock fixed at one puts the stop exactly N minutes away.
    ZoneId zone = ZoneId.systemDefault();
    Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), zone);

    ScheduledTask task = client.pods().alias(args[0]).stopAt(clock.instant().plus(delay));
    // Such as: 2026-12-04 22:00 CET (Europe/Berlin), in 1h
    out.println(
        "Stop of " + task.alias() + " at " + ScheduleTimes.describe(task.when(), clock, zone));

    out.println("Pending tasks:");
    for (ScheduledTask pending : client.schedule().list(false)) {
      out.printf(
          "  %s  %s %s at %s%n",
          pending.id().substring(0, 8),
          pending.action(),
          pending.alias(),
          ScheduleTimes.describe(pending.when(), clock, zone));
    }
  }
}

package dev.rp.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runner that installs the first candidate that works, such as systemd before cron, and falls back
 * to explaining the manual command when none does.
 */
final class FallbackRunner implements SchedulerRunner {

  private final List<InstallableRunner> candidates;
  private final ManualRunner manual;

  FallbackRunner(List<InstallableRunner> candidates, ManualRunner manual) {
    this.candidates = List.copyOf(candidates);
    this.manual = manual;
  }

  @Override
  public RunnerResult install() {
    List<String> failures = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (InstallableRunner candidate : candidates) {
      if (!candidate.available()) {
        missing.add(candidate.unavailableReason());
        continue;
      }
      RunnerResult result = candidate.install();
      if (result.success()) {
        return RunnerResult.builder().from(result).addAllWarnings(failures).build();
      }
      failures.add("The " + candidate.kind().displayName() + " failed: " + result.message());
    }
    return manual.install(missing, failures);
  }

  /** Removes every installed candidate, in case an earlier install chose another one. */
  @Override
  public RunnerResult uninstall() {
    List<RunnerResult> results = new ArrayList<>();
    for (InstallableRunner candidate : candidates) {
      if (candidate.status().installed()) {
        results.add(candidate.uninstall());
      }
    }
    if (results.isEmpty()) {
      return manual.uninstall();
    }
    return RunnerResult.builder()
        .runner(results.get(0).runner())
        .success(results.stream().allMatch(RunnerResult::success))
        .message(results.stream().map(RunnerResult::message).collect(Collectors.joining(" ")))
        .files(results.stream().flatMap(r -> r.files().stream()).collect(Collectors.toList()))
        .build();
  }

  /** Describes the first installed candidate, else the one an install would choose. */
  @Override
  public RunnerStatus status() {
    List<RunnerStatus> statuses = new ArrayList<>();
    for (InstallableRunner candidate : candidates) {
      RunnerStatus status = candidate.status();
      if (status.installed()) {
        return status;
      }
      statuses.add(status);
    }
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).available()) {
        RunnerStatus status = statuses.get(i);
        return RunnerStatus.builder()
            .from(status)
            .message(status.message() + " rp installs it when you schedule a stop.")
            .build();
      }
    }
    return manual.status();
  }
}

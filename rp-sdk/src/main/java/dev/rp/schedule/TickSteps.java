package dev.rp.schedule;

import dev.rp.InvalidInputException;
import dev.rp.NotFoundLocallyException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Changes that {@link Scheduler} applies to the task list inside {@code TaskStore.update}. */
final class TickSteps {

  private TickSteps() {}

  /**
   * Claims every pending task due at {@code now} that no live claim holds, counting an attempt.
   *
   * @return the claimed tasks as saved
   */
  static List<ScheduledTask> claimDue(List<ScheduledTask> tasks, Instant now) {
    List<ScheduledTask> claimed = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      ScheduledTask task = tasks.get(i);
      boolean due = task.status() == TaskStatus.PENDING && !task.when().isAfter(now);
      boolean free = task.claimedUntil().map(until -> !until.isAfter(now)).orElse(true);
      if (due && free) {
        ScheduledTask claim =
            ScheduledTask.builder()
                .from(task)
                .claimedUntil(now.plus(Scheduler.CLAIM_TIME))
                .attempts(task.attempts() + 1)
                .build();
        tasks.set(i, claim);
        claimed.add(claim);
      }
    }
    return claimed;
  }

  /**
   * Saves the outcome of {@code attempt} on the claimed task, unless the task was cancelled or
   * removed meanwhile.
   *
   * @return the task as it is now in {@code tasks}, or as it would be when it was removed
   */
  static ScheduledTask record(
      List<ScheduledTask> tasks, ScheduledTask claimed, StopAttempt attempt) {
    for (int i = 0; i < tasks.size(); i++) {
      ScheduledTask current = tasks.get(i);
      if (current.id().equals(claimed.id())) {
        if (current.status() != TaskStatus.PENDING) {
          return current;
        }
        ScheduledTask updated = afterAttempt(current, attempt);
        tasks.set(i, updated);
        return updated;
      }
    }
    return afterAttempt(claimed, attempt);
  }

  private static ScheduledTask afterAttempt(ScheduledTask task, StopAttempt attempt) {
    ScheduledTask.Builder next = ScheduledTask.builder().from(task).claimedUntil(Optional.empty());
    if (attempt.outcome().isPresent()) {
      return next.status(TaskStatus.COMPLETED).lastError(Optional.empty()).build();
    }
    String error = attempt.error().orElseThrow();
    if (attempt.finalError()) {
      return next.status(TaskStatus.FAILED).lastError(error).build();
    }
    if (task.attempts() >= Scheduler.MAX_ATTEMPTS) {
      String gaveUp = "Gave up after " + task.attempts() + " attempts; the last failed: " + error;
      return next.status(TaskStatus.FAILED).lastError(gaveUp).build();
    }
    return next.status(TaskStatus.PENDING).lastError(error).build();
  }

  /**
   * Returns the index of the task whose id is {@code prefix} or, failing that, the only one that
   * starts with it; {@code idOrPrefix} is the text the user typed, for messages.
   *
   * @throws NotFoundLocallyException when no id starts with {@code prefix}
   * @throws InvalidInputException when several do
   */
  static int indexOfUnique(List<ScheduledTask> tasks, String prefix, String idOrPrefix) {
    List<Integer> matches = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      String id = tasks.get(i).id().toLowerCase(Locale.ROOT);
      if (id.equals(prefix)) {
        return i;
      }
      if (id.startsWith(prefix)) {
        matches.add(i);
      }
    }
    if (matches.isEmpty()) {
      List<String> known =
          tasks.stream().map(task -> Scheduler.shortId(task.id())).collect(Collectors.toList());
      throw new NotFoundLocallyException("task", idOrPrefix, known);
    }
    if (matches.size() > 1) {
      String listed =
          matches.stream().map(i -> describe(tasks.get(i))).collect(Collectors.joining(", "));
      throw new InvalidInputException(
          String.format(
              "Task id '%s' is ambiguous: it starts %d tasks (%s). Give more characters of the id.",
              idOrPrefix, matches.size(), listed));
    }
    return matches.get(0);
  }

  private static String describe(ScheduledTask task) {
    return String.format(
        "%s: %s %s, %s", task.id(), task.action(), task.alias(), task.status().jsonName());
  }
}

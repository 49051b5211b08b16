package dev.rp.schedule;

import dev.rp.InvalidInputException;
import dev.rp.NotFoundLocallyException;
import dev.rp.StoreException;
import dev.rp.store.TaskStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules pod stops and runs the due ones.
 *
 * <p>{@link #tick()} is what {@code rp scheduler-tick} calls every minute from a background runner
 * (see {@link SchedulerRunners}). Ticks that run at the same moment, in threads or in separate
 * processes sharing a {@link TaskStore}, send one stop per task: a tick first claims the due tasks
 * in one store update, runs their stops outside it, then records each result in another update.
 *
 * <pre>{@code
 * Scheduler scheduler =
 *     new Scheduler(tasks, Clock.systemUTC(), stopper)
 *         .withLastTickFile(Scheduler.lastTickFile(paths.configDir()));
 * scheduler.scheduleStop("dev-1", "89qgenjznh5t2j", Instant.now().plus(Duration.ofHours(2)));
 * for (TickResult result : scheduler.tick()) {
 *   System.out.println(result.task().alias() + ": " + result.task().status());
 * }
 * }</pre>
 *
 * <p>Instances are thread-safe when the store's {@link TaskStore#update} is atomic.
 */
public final class Scheduler {

  /**
   * Number of attempts after which a task that keeps failing with retryable errors is marked
   * failed: about half an hour of RunPod faults when a runner ticks every minute.
   */
  public static final int MAX_ATTEMPTS = 30;

  /**
   * Time a tick keeps its claim on a task. A claim still held after this time belongs to a tick
   * that died, and the next tick takes the task over.
   */
  // NOTE: a tick running many slow stops one after another can outlive its later claims, so a
  // second tick may send another stop; the stopper reports a repeated stop as ALREADY_STOPPED.
  public static final Duration CLAIM_TIME = Duration.ofMinutes(5);

  private static final int SHORT_ID_LENGTH = 8;

  private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

  private final TaskStore tasks;
  private final Clock clock;
  private final PodStopper stopper;
  private final Optional<Path> lastTickFile;

  /**
   * Creates a scheduler that keeps its tasks in {@code tasks}, reads the time from {@code clock}
   * and stops pods through {@code stopper}.
   */
  public Scheduler(TaskStore tasks, Clock clock, PodStopper stopper) {
    this(tasks, clock, stopper, Optional.empty());
  }

  private Scheduler(TaskStore tasks, Clock clock, PodStopper stopper, Optional<Path> lastTickFile) {
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stopper = Objects.requireNonNull(stopper, "stopper");
    this.lastTickFile = lastTickFile;
  }

  /**
   * Returns a copy that writes the time of every tick to {@code file}, usually {@link
   * #lastTickFile(Path)}, and reads it in {@link #lastTick()}.
   */
  public Scheduler withLastTickFile(Path file) {
    return new Scheduler(tasks, clock, stopper, Optional.of(file));
  }

  /** Returns the file in {@code configDir} that records when the last tick ran. */
  public static Path lastTickFile(Path configDir) {
    return configDir.resolve(LastTickFile.NAME);
  }

  /** Returns when a tick last ran, or empty when none has or no last-tick file is configured. */
  public Optional<Instant> lastTick() {
    return lastTickFile.flatMap(LastTickFile::read);
  }

  /** Returns the first 8 characters of a task id, the form {@code rp show} prints. */
  public static String shortId(String id) {
    return id.length() <= SHORT_ID_LENGTH ? id : id.substring(0, SHORT_ID_LENGTH);
  }

  /**
   * Adds a pending stop of pod {@code podId}, known as {@code alias}, at {@code when}.
   *
   * <p>The task keeps the pod id, so it stops this pod even after the alias is destroyed and
   * reused. Times are stored in whole seconds, as the Python rp does; a time that has passed is due
   * at the next tick.
   *
   * @return the task as saved, with a new UUID
   * @throws StoreException when the task cannot be saved
   */
  public ScheduledTask scheduleStop(String alias, String podId, Instant when) {
    requireNonBlank(alias, "alias");
    requireNonBlank(podId, "podId");
    ScheduledTask task =
        ScheduledTask.builder()
            .id(UUID.randomUUID().toString())
            .action(ScheduledTask.STOP)
            .alias(alias)
            .podId(podId)
            .when(when.truncatedTo(ChronoUnit.SECONDS))
            .status(TaskStatus.PENDING)
            .createdAt(clock.instant().truncatedTo(ChronoUnit.SECONDS))
            .build();
    tasks.update(all -> all.add(task));
    log.debug("Scheduled task {}: stop {} ({}) at {}", task.id(), alias, podId, task.when());
    return task;
  }

  /**
   * Runs every pending task that is due, each once, and records when this tick ran.
   *
   * <p>A task is due when its time has come and no other tick has a live claim on it; overdue
   * tasks, such as those missed while the machine slept, run once and report their lateness. A
   * retryable failure keeps the task pending with its error and attempt count for the next tick; a
   * final one, or the {@link #MAX_ATTEMPTS}th failure, marks it failed. See {@link PodStopper} for
   * which failures are final.
   *
   * @return one result per task attempted, in the store's order; empty when nothing was due
   * @throws StoreException when the tasks cannot be read or saved
   */
  public List<TickResult> tick() {
    Instant now = clock.instant();
    List<ScheduledTask> claimed = tasks.update(all -> TickSteps.claimDue(all, now));
    List<TickResult> results = new ArrayList<>();
    for (ScheduledTask task : claimed) {
      StopAttempt attempt = StopAttempt.run(stopper, task);
      ScheduledTask saved = tasks.update(all -> TickSteps.record(all, task, attempt));
      results.add(
          TickResult.builder()
              .task(saved)
              .outcome(attempt.outcome())
              .error(attempt.error())
              .lateness(Duration.between(task.when(), now))
              .build());
      log.debug("Task {} is now {}", saved.id(), saved.status().jsonName());
    }
    lastTickFile.ifPresent(file -> recordTick(file, now));
    return results;
  }

  private static void recordTick(Path file, Instant now) {
    try {
      LastTickFile.write(file, now);
    } catch (StoreException e) {
      // The stops are done; only the status display loses the time of this tick.
      log.warn("Cannot record the time of this tick: {}", e.getMessage());
    }
  }

  /**
   * Cancels the pending task whose id is {@code idOrPrefix} or starts with it, in any case.
   *
   * <p>A stop that a tick is running at this moment is not interrupted.
   *
   * @return the cancelled task
   * @throws NotFoundLocallyException when no task id starts with {@code idOrPrefix}
   * @throws InvalidInputException when {@code idOrPrefix} is blank, starts several ids, or names a
   *     task that is no longer pending
   */
  public ScheduledTask cancel(String idOrPrefix) {
    String prefix = idOrPrefix == null ? "" : idOrPrefix.trim().toLowerCase(Locale.ROOT);
    if (prefix.isEmpty()) {
      throw new InvalidInputException(
          "Give the id of the task to cancel, or its first characters as rp schedule list prints"
              + " them.");
    }
    return tasks.update(
        all -> {
          int index = TickSteps.indexOfUnique(all, prefix, idOrPrefix);
          ScheduledTask task = all.get(index);
          if (task.status() != TaskStatus.PENDING) {
            throw new InvalidInputException(
                String.format(
                    "Task %s (%s %s) is %s already; only pending tasks can be cancelled.",
                    shortId(task.id()), task.action(), task.alias(), task.status().jsonName()));
          }
          ScheduledTask cancelled = withStatus(task, TaskStatus.CANCELLED);
          all.set(index, cancelled);
          return cancelled;
        });
  }

  /**
   * Cancels the pending tasks of a destroyed pod: those with pod id {@code podId}, and those
   * without pod id (written by the Python rp) for {@code alias}.
   *
   * @return the cancelled tasks, empty when there were none
   * @throws StoreException when the tasks cannot be read or saved
   */
  public List<ScheduledTask> cancelForPod(String podId, String alias) {
    return tasks.update(
        all -> {
          List<ScheduledTask> cancelled = new ArrayList<>();
          for (int i = 0; i < all.size(); i++) {
            ScheduledTask task = all.get(i);
            if (task.status() == TaskStatus.PENDING && isFor(task, alias, podId)) {
              all.set(i, withStatus(task, TaskStatus.CANCELLED));
              cancelled.add(all.get(i));
            }
          }
          return cancelled;
        });
  }

  /**
   * Removes the completed, failed and cancelled tasks.
   *
   * @return how many tasks were removed
   * @throws StoreException when the tasks cannot be read or saved
   */
  public int clean() {
    return tasks.update(
        all -> {
          int before = all.size();
          all.removeIf(task -> task.status() != TaskStatus.PENDING);
          return before - all.size();
        });
  }

  /**
   * Lists the pending tasks by time, followed by the finished ones by time when {@code all} is
   * true.
   */
  public List<ScheduledTask> list(boolean all) {
    return tasks.all().stream()
        .filter(task -> all || task.status() == TaskStatus.PENDING)
        .sorted(
            Comparator.comparing((ScheduledTask task) -> task.status() != TaskStatus.PENDING)
                .thenComparing(ScheduledTask::when)
                .thenComparing(ScheduledTask::createdAt))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Lists by time the pending tasks of the pod {@code podId}, known as {@code alias}: those with
   * that pod id, and those without pod id for that alias.
   */
  public List<ScheduledTask> pendingFor(String alias, String podId) {
    return list(false).stream()
        .filter(task -> isFor(task, alias, podId))
        .collect(Collectors.toUnmodifiableList());
  }

  private static boolean isFor(ScheduledTask task, String alias, String podId) {
    return task.podId().map(id -> id.equals(podId)).orElse(task.alias().equals(alias));
  }

  private static ScheduledTask withStatus(ScheduledTask task, TaskStatus status) {
    return ScheduledTask.builder().from(task).status(status).build();
  }

  private static void requireNonBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}

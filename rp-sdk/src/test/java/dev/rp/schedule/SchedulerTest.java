package dev.rp.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.AuthenticationException;
import dev.rp.InvalidInputException;
import dev.rp.InvalidStateTransitionException;
import dev.rp.NoResponseException;
import dev.rp.NotFoundException;
import dev.rp.NotFoundLocallyException;
import dev.rp.ServerErrorException;
import dev.rp.ValidationException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerTest {

  private final TestClock clock = new TestClock("2026-12-04T18:00:00Z");
  private final TestTaskStore store = new TestTaskStore();
  private final RecordingStopper stopper = new RecordingStopper();
  private final Scheduler scheduler = new Scheduler(store, clock, stopper);

  /** Stopper that records its calls and returns outcomes from a queue, STOPPED once it is empty. */
  private static final class RecordingStopper implements PodStopper {
    final List<ScheduledTask> calls = Collections.synchronizedList(new ArrayList<>());
    final Queue<Supplier<StopOutcome>> answers = new ConcurrentLinkedQueue<>();
    volatile Duration delay = Duration.ZERO;

    @Override
    public StopOutcome stop(ScheduledTask task) {
      calls.add(task);
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Supplier<StopOutcome> answer = answers.poll();
      return answer == null ? StopOutcome.STOPPED : answer.get();
    }

    void thenThrow(RuntimeException exception) {
      answers.add(
          () -> {
            throw exception;
          });
    }
  }

  private static ServerErrorException serviceUnavailable() {
    return new ServerErrorException(
        "RunPod answered 503 Service Unavailable to stop pod pod-1; try again later.",
        503,
        "Service Unavailable",
        null,
        List.of(),
        "req-1");
  }

  private static NotFoundException podGone() {
    return new NotFoundException(
        "Pod pod-1 was not found (404); it was terminated.",
        404,
        "Not Found",
        null,
        List.of(),
        null);
  }

  private ScheduledTask stopIn(Duration delay) {
    return scheduler.scheduleStop("dev", "pod-1", clock.instant().plus(delay));
  }

  private static ScheduledTask task(String id, TaskStatus status, Instant when) {
    return ScheduledTask.builder()
        .id(id)
        .action(ScheduledTask.STOP)
        .alias("dev")
        .podId("pod-1")
        .when(when)
        .status(status)
        .createdAt(Instant.parse("2026-12-01T00:00:00Z"))
        .build();
  }

  /** Returns a pending task as the Python rp writes it, without pod id. */
  private static ScheduledTask legacyTask(String id, Instant when) {
    return ScheduledTask.builder()
        .from(task(id, TaskStatus.PENDING, when))
        .podId(Optional.empty())
        .build();
  }

  @Nested
  class ScheduleStop {

    @Test
    void scheduleStop_savesPendingTaskWithPodId() {
      clock.advance(Duration.ofMillis(700));

      ScheduledTask task =
          scheduler.scheduleStop("dev", "pod-1", Instant.parse("2026-12-04T20:00:00.900Z"));

      assertThat(store.all()).containsExactly(task);
      assertThat(task.id())
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(task.action()).isEqualTo("stop");
      assertThat(task.alias()).isEqualTo("dev");
      assertThat(task.podId()).contains("pod-1");
      assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
      assertThat(task.when()).isEqualTo(Instant.parse("2026-12-04T20:00:00Z"));
      assertThat(task.createdAt()).isEqualTo(Instant.parse("2026-12-04T18:00:00Z"));
      assertThat(task.attempts()).isZero();
      assertThat(task.claimedUntil()).isEmpty();
    }

    @Test
    void scheduleStop_twice_createsDistinctIds() {
      ScheduledTask first = stopIn(Duration.ofHours(1));
      ScheduledTask second = stopIn(Duration.ofHours(1));

      assertThat(first.id()).isNotEqualTo(second.id());
    }
  }

  @Nested
  class Tick {

    @Test
    void tick_taskNotDue_sendsNothing() {
      stopIn(Duration.ofMinutes(1));

      assertThat(scheduler.tick()).isEmpty();
      assertThat(stopper.calls).isEmpty();
      assertThat(store.all().get(0).attempts()).isZero();
    }

    @Test
    void tick_dueTask_stopsAndCompletes() {
      ScheduledTask task = stopIn(Duration.ofMinutes(1));
      clock.advance(Duration.ofMinutes(1));

      List<TickResult> results = scheduler.tick();

      assertThat(stopper.calls).extracting(ScheduledTask::id).containsExactly(task.id());
      assertThat(results).hasSize(1);
      TickResult result = results.get(0);
      assertThat(result.outcome()).contains(StopOutcome.STOPPED);
      assertThat(result.error()).isEmpty();
      assertThat(result.lateness()).isZero();
      assertThat(result.willRetry()).isFalse();
      ScheduledTask saved = store.get(task.id());
      assertThat(result.task()).isEqualTo(saved);
      assertThat(saved.status()).isEqualTo(TaskStatus.COMPLETED);
      assertThat(saved.attempts()).isEqualTo(1);
      assertThat(saved.claimedUntil()).isEmpty();
    }

    @Test
    void tick_completedTask_doesNotRunAgain() {
      stopIn(Duration.ZERO);
      scheduler.tick();

      assertThat(scheduler.tick()).isEmpty();
      assertThat(stopper.calls).hasSize(1);
    }

    @Test
    void tick_alreadyStopped_completes() {
      ScheduledTask task = stopIn(Duration.ZERO);
      stopper.answers.add(() -> StopOutcome.ALREADY_STOPPED);

      List<TickResult> results = scheduler.tick();

      assertThat(results)
          .singleElement()
          .extracting(TickResult::outcome)
          .asString()
          .contains("ALREADY_STOPPED");
      assertThat(store.get(task.id()).status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void tick_twoConcurrentTicks_sendOneStop() throws Exception {
      ScheduledTask task = stopIn(Duration.ZERO);
      stopper.delay = Duration.ofMillis(200);
      CyclicBarrier start = new CyclicBarrier(2);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        List<Future<List<TickResult>>> ticks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          // A scheduler per thread, as each process of rp scheduler-tick builds its own.
          Scheduler own = new Scheduler(store, clock, stopper);
          ticks.add(
              threads.submit(
                  () -> {
                    start.await(5, TimeUnit.SECONDS);
                    return own.tick();
                  }));
        }
        int attempted = 0;
        for (Future<List<TickResult>> tick : ticks) {
          attempted += tick.get(10, TimeUnit.SECONDS).size();
        }

        assertThat(stopper.calls).hasSize(1);
        assertThat(attempted).isEqualTo(1);
        assertThat(store.get(task.id()).status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(store.get(task.id()).attempts()).isEqualTo(1);
      } finally {
        threads.shutdownNow();
      }
    }

    @Test
    void tick_transientFailure_keepsPendingThenSucceeds() {
      ScheduledTask task = stopIn(Duration.ZERO);
      stopper.thenThrow(serviceUnavailable());

      List<TickResult> first = scheduler.tick();

      assertThat(first).singleElement().matches(TickResult::willRetry);
      assertThat(first.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("503"));
      ScheduledTask pending = store.get(task.id());
      assertThat(pending.status()).isEqualTo(TaskStatus.PENDING);
      assertThat(pending.attempts()).isEqualTo(1);
      assertThat(pending.lastError()).hasValueSatisfying(e -> assertThat(e).contains("503"));
      assertThat(pending.claimedUntil()).isEmpty();

      clock.advance(Duration.ofMinutes(1));
      List<TickResult> second = scheduler.tick();

      assertThat(second)
          .singleElement()
          .extracting(TickResult::outcome)
          .asString()
          .contains("STOPPED");
      ScheduledTask done = store.get(task.id());
      assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
      assertThat(done.attempts()).isEqualTo(2);
      assertThat(done.lastError()).isEmpty();
      assertThat(stopper.calls).hasSize(2);
    }

    @Test
    void tick_podNotFound_marksFailed() {
      ScheduledTask task = stopIn(Duration.ZERO);
      stopper.thenThrow(podGone());

      List<TickResult> results = scheduler.tick();

      assertThat(results).singleElement().matches(result -> !result.willRetry());
      ScheduledTask failed = store.get(task.id());
      assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
      assertThat(failed.lastError()).contains("Pod pod-1 was not found (404); it was terminated.");
      assertThat(scheduler.tick()).isEmpty();
    }

    @Test
    void tick_aliasUnknownLocally_marksFailed() {
      ScheduledTask task = stopIn(Duration.ZERO);
      stopper.thenThrow(new NotFoundLocallyException("alias", "dev", List.of("other")));

      scheduler.tick();

      assertThat(store.get(task.id()).status()).isEqualTo(TaskStatus.FAILED);
      assertThat(store.get(task.id()).lastError())
          .hasValueSatisfying(e -> assertThat(e).contains("dev"));
    }

    @Test
    void tick_validationError_marksFailed() {
      ScheduledTask task = stopIn(Duration.ZERO);
      stopper.thenThrow(
          new ValidationException(
              "RunPod rejected the stop (422).", 422, null, null, List.of(), null));

      scheduler.tick();

      assertThat(store.get(task.id()).status()).isEqualTo(TaskStatus.FAILED);
    }

    @Test
    void tick_otherFailures_areRetried() {
      List<RuntimeException> failures =
          List.of(
              new AuthenticationException(
                  "RunPod rejected the API key (401).", 401, null, null, List.of(), null),
              new InvalidStateTransitionException(
                  "Pod pod-1 cannot stop while STARTING (409).", 409, null, null, List.of(), null),
              new NoResponseException("No response from RunPod", new SocketTimeoutException()),
              new IllegalStateException("bug in the stopper"));
      for (RuntimeException failure : failures) {
        ScheduledTask task = stopIn(Duration.ZERO);
        stopper.thenThrow(failure);

        scheduler.tick();

        ScheduledTask saved = store.get(task.id());
        assertThat(saved.status()).as(failure.toString()).isEqualTo(TaskStatus.PENDING);
        assertThat(saved.lastError()).as(failure.toString()).isPresent();
        scheduler.cancel(task.id());
      }
      assertThat(store.all())
          .extracting(ScheduledTask::lastError)
          .asString()
          .contains("IllegalStateException: bug in the stopper");
    }

    @Test
    void tick_retryableFailures_failAfterMaxAttempts() {
      ScheduledTask task = stopIn(Duration.ZERO);
      for (int i = 0; i < Scheduler.MAX_ATTEMPTS; i++) {
        stopper.thenThrow(serviceUnavailable());
      }

      for (int i = 1; i < Scheduler.MAX_ATTEMPTS; i++) {
        scheduler.tick();
        assertThat(store.get(task.id()).status()).isEqualTo(TaskStatus.PENDING);
        clock.advance(Duration.ofMinutes(1));
      }
      scheduler.tick();

      ScheduledTask failed = store.get(task.id());
      assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
      assertThat(failed.attempts()).isEqualTo(Scheduler.MAX_ATTEMPTS);
      assertThat(failed.lastError())
          .hasValueSatisfying(
              e -> assertThat(e).startsWith("Gave up after 30 attempts").contains("503"));
      assertThat(stopper.calls).hasSize(Scheduler.MAX_ATTEMPTS);
    }

    @Test
    void tick_overdueTask_runsOnceAndReportsLateness() {
      ScheduledTask task = stopIn(Duration.ofMinutes(10));
      clock.advance(Duration.ofHours(3));

      List<TickResult> results = scheduler.tick();

      assertThat(results)
          .singleElement()
          .extracting(TickResult::lateness)
          .isEqualTo(Duration.ofHours(3).minusMinutes(10));
      assertThat(store.get(task.id()).status()).isEqualTo(TaskStatus.COMPLETED);
      assertThat(scheduler.tick()).isEmpty();
      assertThat(stopper.calls).hasSize(1);
    }

    @Test
    void tick_aliasReused_stopsOriginalPod() {
      scheduler.scheduleStop("dev", "pod-old", clock.instant().plus(Duration.ofMinutes(5)));
      // The pod is destroyed and "dev" now names a new pod, with a later stop of its own.
      scheduler.scheduleStop("dev", "pod-new", clock.instant().plus(Duration.ofHours(5)));
      clock.advance(Duration.ofMinutes(5));

      scheduler.tick();

      assertThat(stopper.calls).hasSize(1);
      assertThat(stopper.calls.get(0).podId()).contains("pod-old");
    }

    @Test
    void tick_legacyTask_reachesStopper() {
      ScheduledTask legacy = legacyTask("9f1c2d3e-0000-4000-8000-000000000000", clock.instant());
      store.update(all -> all.add(legacy));

      scheduler.tick();

      assertThat(stopper.calls).singleElement().extracting(ScheduledTask::alias).isEqualTo("dev");
      assertThat(stopper.calls.get(0).podId()).isEmpty();
      assertThat(store.get(legacy.id()).status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void tick_liveClaim_isSkippedUntilItExpires() {
      ScheduledTask claimed =
          ScheduledTask.builder()
              .from(
                  task("11111111-0000-4000-8000-000000000000", TaskStatus.PENDING, clock.instant()))
              .claimedUntil(clock.instant().plus(Duration.ofMinutes(2)))
              .attempts(1)
              .build();
      store.update(all -> all.add(claimed));

      assertThat(scheduler.tick()).isEmpty();

      clock.advance(Duration.ofMinutes(2));
      assertThat(scheduler.tick())
          .singleElement()
          .extracting(TickResult::outcome)
          .asString()
          .contains("STOPPED");
      assertThat(store.get(claimed.id()).attempts()).isEqualTo(2);
    }

    @Test
    void tick_claim_isHeldWhileStopRuns() {
      ScheduledTask task = stopIn(Duration.ZERO);
      List<ScheduledTask> seenDuringStop = new ArrayList<>();
      Scheduler watching =
          new Scheduler(
              store,
              clock,
              running -> {
                seenDuringStop.add(store.get(running.id()));
                return StopOutcome.STOPPED;
              });

      watching.tick();

      assertThat(seenDuringStop)
          .singleElement()
          .satisfies(
              during -> {
                assertThat(during.claimedUntil())
                    .contains(clock.instant().plus(Scheduler.CLAIM_TIME));
                assertThat(during.attempts()).isEqualTo(1);
              });
      assertThat(store.get(task.id()).claimedUntil()).isEmpty();
    }

    @Test
    void tick_taskCancelledDuringStop_staysCancelled() {
      ScheduledTask task = stopIn(Duration.ZERO);
      Scheduler cancelling =
          new Scheduler(
              store,
              clock,
              running -> {
                scheduler.cancel(running.id());
                throw serviceUnavailable();
              });

      List<TickResult> results = cancelling.tick();

      assertThat(results).singleElement().matches(result -> !result.willRetry());
      assertThat(store.get(task.id()).status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void tick_unknownAction_failsWithoutStop() {
      ScheduledTask start =
          ScheduledTask.builder()
              .from(
                  task("22222222-0000-4000-8000-000000000000", TaskStatus.PENDING, clock.instant()))
              .action("start")
              .build();
      store.update(all -> all.add(start));

      scheduler.tick();

      assertThat(stopper.calls).isEmpty();
      assertThat(store.get(start.id()).status()).isEqualTo(TaskStatus.FAILED);
      assertThat(store.get(start.id()).lastError())
          .hasValueSatisfying(e -> assertThat(e).contains("'start'"));
    }

    @Test
    void tick_withLastTickFile_recordsTime(@TempDir Path config) throws IOException {
      Path file = Scheduler.lastTickFile(config);
      Scheduler recording = scheduler.withLastTickFile(file);
      assertThat(recording.lastTick()).isEmpty();

      recording.tick();

      assertThat(Files.readString(file)).isEqualTo("2026-12-04T18:00:00Z\n");
      assertThat(recording.lastTick()).contains(clock.instant());
      assertThat(file.getFileName()).hasToString("scheduler-last-tick");
    }

    @Test
    void tick_lastTickFileUnwritable_stillRunsTasks(@TempDir Path config) throws IOException {
      Path blocker = Files.writeString(config.resolve("not-a-folder"), "");
      stopIn(Duration.ZERO);

      List<TickResult> results =
          scheduler.withLastTickFile(blocker.resolve("scheduler-last-tick")).tick();

      assertThat(results).hasSize(1);
    }

    @Test
    void lastTick_withoutFile_isEmpty() {
      scheduler.tick();

      assertThat(scheduler.lastTick()).isEmpty();
    }
  }

  @Nested
  class Cancel {

    private final Instant later = Instant.parse("2026-12-04T20:00:00Z");

    @Test
    void cancel_uniquePrefix_cancelsTask() {
      store.update(
          all -> all.add(task("550e8400-e29b-41d4-a716-446655440000", TaskStatus.PENDING, later)));
      store.update(
          all -> all.add(task("661f9511-e29b-41d4-a716-446655440000", TaskStatus.PENDING, later)));

      ScheduledTask cancelled = scheduler.cancel("550e8400");

      assertThat(cancelled.id()).startsWith("550e8400");
      assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
      assertThat(store.get(cancelled.id()).status()).isEqualTo(TaskStatus.CANCELLED);
      assertThat(store.get("661f9511-e29b-41d4-a716-446655440000").status())
          .isEqualTo(TaskStatus.PENDING);
    }

    @Test
    void cancel_fullIdInUpperCase_cancelsTask() {
      ScheduledTask task = stopIn(Duration.ofHours(1));

      scheduler.cancel(" " + task.id().toUpperCase(Locale.ROOT) + " ");

      assertThat(store.get(task.id()).status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void cancel_ambiguousPrefix_listsMatches() {
      store.update(
          all -> all.add(task("550e8400-e29b-41d4-a716-446655440000", TaskStatus.PENDING, later)));
      store.update(
          all -> all.add(task("550e9999-e29b-41d4-a716-446655440000", TaskStatus.PENDING, later)));
      int updatesBefore = store.updates();

      assertThatThrownBy(() -> scheduler.cancel("550e"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("'550e' is ambiguous")
          .hasMessageContaining("550e8400-e29b-41d4-a716-446655440000")
          .hasMessageContaining("550e9999-e29b-41d4-a716-446655440000");
      assertThat(store.updates()).isEqualTo(updatesBefore);
      assertThat(store.all()).extracting(ScheduledTask::status).containsOnly(TaskStatus.PENDING);
    }

    @Test
    void cancel_unknownId_listsKnownIds() {
      store.update(
          all -> all.add(task("550e8400-e29b-41d4-a716-446655440000", TaskStatus.PENDING, later)));

      assertThatThrownBy(() -> scheduler.cancel("abc"))
          .isInstanceOf(NotFoundLocallyException.class)
          .hasMessageContaining("'abc'")
          .hasMessageContaining("550e8400");
    }

    @Test
    void cancel_finishedTask_namesStatus() {
      store.update(
          all ->
              all.add(task("550e8400-e29b-41d4-a716-446655440000", TaskStatus.COMPLETED, later)));

      assertThatThrownBy(() -> scheduler.cancel("550e8400"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("Task 550e8400 (stop dev) is completed already");
    }

    @Test
    void cancel_blank_isRejected() {
      assertThatThrownBy(() -> scheduler.cancel("  ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void cancel_pendingTask_isNotRunByTick() {
      ScheduledTask task = stopIn(Duration.ZERO);

      scheduler.cancel(task.id());

      assertThat(scheduler.tick()).isEmpty();
      assertThat(stopper.calls).isEmpty();
    }

    @Test
    void cancelForPod_cancelsOnlyThatPod() {
      ScheduledTask mine = scheduler.scheduleStop("dev", "pod-1", later);
      ScheduledTask reused = scheduler.scheduleStop("dev", "pod-2", later);
      ScheduledTask other = scheduler.scheduleStop("other", "pod-3", later);
      ScheduledTask legacy = legacyTask("33333333-0000-4000-8000-000000000000", later);
      ScheduledTask done =
          task("44444444-0000-4000-8000-000000000000", TaskStatus.COMPLETED, later);
      store.update(all -> all.addAll(List.of(legacy, done)));

      List<ScheduledTask> cancelled = scheduler.cancelForPod("pod-1", "dev");

      assertThat(cancelled).extracting(ScheduledTask::id).containsExactly(mine.id(), legacy.id());
      assertThat(store.get(reused.id()).status()).isEqualTo(TaskStatus.PENDING);
      assertThat(store.get(other.id()).status()).isEqualTo(TaskStatus.PENDING);
      assertThat(store.get(done.id()).status()).isEqualTo(TaskStatus.COMPLETED);
    }
  }

  @Nested
  class Queries {

    private final Instant t1 = Instant.parse("2026-12-04T19:00:00Z");
    private final Instant t2 = Instant.parse("2026-12-04T20:00:00Z");
    private final Instant t3 = Instant.parse("2026-12-04T21:00:00Z");

    @Test
    void list_pendingFirstThenByTime() {
      store.update(
          all ->
              all.addAll(
                  List.of(
                      task("a", TaskStatus.COMPLETED, t1),
                      task("b", TaskStatus.PENDING, t3),
                      task("c", TaskStatus.CANCELLED, t2),
                      task("d", TaskStatus.PENDING, t2),
                      task("e", TaskStatus.FAILED, t3))));

      assertThat(scheduler.list(false)).extracting(ScheduledTask::id).containsExactly("d", "b");
      assertThat(scheduler.list(true))
          .extracting(ScheduledTask::id)
          .containsExactly("d", "b", "a", "c", "e");
    }

    @Test
    void clean_removesFinishedTasks() {
      store.update(
          all ->
              all.addAll(
                  List.of(
                      task("a", TaskStatus.COMPLETED, t1),
                      task("b", TaskStatus.PENDING, t3),
                      task("c", TaskStatus.CANCELLED, t2),
                      task("e", TaskStatus.FAILED, t3))));

      assertThat(scheduler.clean()).isEqualTo(3);
      assertThat(store.all()).extracting(ScheduledTask::id).containsExactly("b");
      assertThat(scheduler.clean()).isZero();
    }

    @Test
    void pendingFor_matchesPodIdOrLegacyAlias() {
      ScheduledTask later = scheduler.scheduleStop("dev", "pod-1", t3);
      ScheduledTask sooner = scheduler.scheduleStop("dev", "pod-1", t1);
      scheduler.scheduleStop("dev", "pod-2", t2);
      ScheduledTask legacy = legacyTask("55555555-0000-4000-8000-000000000000", t2);
      store.update(all -> all.add(legacy));

      assertThat(scheduler.pendingFor("dev", "pod-1"))
          .extracting(ScheduledTask::id)
          .containsExactly(sooner.id(), legacy.id(), later.id());
    }

    @Test
    void shortId_keepsFirstEightCharacters() {
      assertThat(Scheduler.shortId("550e8400-e29b-41d4-a716-446655440000")).isEqualTo("550e8400");
      assertThat(Scheduler.shortId("abc")).isEqualTo("abc");
    }
  }
}

package dev.rp.schedule;

import dev.rp.NotFoundException;
import dev.rp.NotFoundLocallyException;
import dev.rp.RunPodException;
import dev.rp.ValidationException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outcome of one call to a {@link PodStopper}: the pod stopped, or an error that either ends the
 * task ({@code finalError}) or leaves it for another attempt.
 */
record StopAttempt(Optional<StopOutcome> outcome, Optional<String> error, boolean finalError) {

  private static final Logger log = LoggerFactory.getLogger(StopAttempt.class);

  /**
   * Runs {@code stopper} on {@code task} and classifies its exception as {@link PodStopper}
   * documents.
   */
  static StopAttempt run(PodStopper stopper, ScheduledTask task) {
    if (!ScheduledTask.STOP.equals(task.action())) {
      return failed("Unknown action '" + task.action() + "': rp runs only stop tasks.", true);
    }
    try {
      StopOutcome outcome = stopper.stop(task);
      return new StopAttempt(Optional.of(outcome), Optional.empty(), false);
    } catch (NotFoundException | NotFoundLocallyException | ValidationException e) {
      log.debug("Task {} failed permanently", task.id(), e);
      return failed(describe(e), true);
    } catch (RunPodException e) {
      log.debug("Task {} failed, to be retried", task.id(), e);
      return failed(describe(e), false);
    } catch (RuntimeException e) {
      // A bug in the stopper must not leave the task claimed; it is retried like a fault.
      log.debug("Task {} failed unexpectedly, to be retried", task.id(), e);
      return failed(e.getClass().getSimpleName() + ": " + describe(e), false);
    }
  }

  private static StopAttempt failed(String error, boolean finalError) {
    return new StopAttempt(Optional.empty(), Optional.of(error), finalError);
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getName() : message;
  }
}

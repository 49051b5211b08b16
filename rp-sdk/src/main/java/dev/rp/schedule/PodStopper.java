package dev.rp.schedule;

/**
 * Stops the pod of a due task and removes its SSH entry; {@link Scheduler#tick()} calls it once per
 * attempt, outside any store update.
 *
 * <p>The pod to stop is {@link ScheduledTask#podId()}, so that a task stops the pod it was made for
 * even after its alias was destroyed and reused. Tasks written by the Python rp have no pod id; for
 * those an implementation looks the alias up.
 *
 * <p>An implementation returns an outcome once the pod is stopped, and throws only while the pod
 * may still be running. The scheduler handles what it throws as follows:
 *
 * <ul>
 *   <li>{@link dev.rp.NotFoundException} (404, the pod no longer exists) and {@link
 *       dev.rp.NotFoundLocallyException} (a task without pod id whose alias no longer exists) end
 *       the task as {@link TaskStatus#FAILED} with the exception's message;
 *   <li>{@link dev.rp.ValidationException} (422) ends it as failed too, because the same request
 *       cannot succeed later;
 *   <li>every other exception leaves the task pending for the next tick, with the message as its
 *       last error, until {@link Scheduler#MAX_ATTEMPTS} attempts have failed. That covers the
 *       retryable ones ({@link dev.rp.ApiException#retryable()}: 429 and 5xx, and {@link
 *       dev.rp.NoResponseException}), but also 401 and 403, which the user can fix by replacing the
 *       key, and 409 for a pod that is still starting and becomes stoppable later.
 * </ul>
 *
 * <p>A 409 response to the stop of a pod that has already exited means the work is done: return
 * {@link StopOutcome#ALREADY_STOPPED} for it instead of throwing. A failure to remove the SSH entry
 * after a successful stop should not be thrown either, because the task would be retried although
 * the pod is stopped.
 */
@FunctionalInterface
public interface PodStopper {

  /**
   * Stops the pod of {@code task} and removes its SSH entry.
   *
   * @return whether the pod was stopped now or had been stopped before
   * @throws dev.rp.RunPodException when the pod may still be running, as described on this type
   */
  StopOutcome stop(ScheduledTask task);
}

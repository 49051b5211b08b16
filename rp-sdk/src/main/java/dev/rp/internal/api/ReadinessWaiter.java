package dev.rp.internal.api;

import dev.rp.NoResponseException;
import dev.rp.RateLimitedException;
import dev.rp.RunPodException;
import dev.rp.ServerErrorException;
import dev.rp.SshException;
import dev.rp.WaitTimeoutException;
import dev.rp.pods.Pod;
import dev.rp.pods.PodStatus;
import dev.rp.pods.SshEndpoint;
import dev.rp.pods.WaitListener;
import dev.rp.pods.WaitProgress;
import dev.rp.pods.WaitProgress.Phase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until a pod runs with a direct SSH endpoint and an SSH server responds there. Internal.
 *
 * <p>It polls the API every 250 ms for the first 5 seconds and every second for the rest of the
 * first minute, so that readiness in that minute is noticed within about a second, then backs off
 * by half each poll up to 5 seconds. Whenever RunPod's {@code RateLimit} header shows that a poll
 * rate would use up a window's quota, it polls more slowly, keeping {@value #QUOTA_RESERVE}
 * requests of each window for the caller's other work. Once the endpoint is known it reads the SSH
 * banner every 500 ms and polls the API only every 5 seconds.
 *
 * <p>A failed poll (no response, 5xx, 429) does not end the wait: the next poll tries again.
 */
public final class ReadinessWaiter {
  private static final Logger LOG = LoggerFactory.getLogger(ReadinessWaiter.class);

  /** Default bound of a whole wait. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  /** Requests of each rate limit window left for the caller's other work. */
  static final int QUOTA_RESERVE = 10;

  private static final Duration FIRST_POLL_INTERVAL = Duration.ofMillis(250);
  private static final Duration FAST_PHASE = Duration.ofSeconds(5);
  private static final Duration FIRST_MINUTE_INTERVAL = Duration.ofSeconds(1);
  private static final Duration FIRST_MINUTE = Duration.ofMinutes(1);
  private static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(5);
  private static final Duration PROBE_INTERVAL = Duration.ofMillis(500);

  private final RunPodApi api;
  private final Clock clock;
  private final Sleeper sleeper;
  private final SshBannerProbe probe;

  /** Creates a waiter that polls through {@code api}, with its clock and sleeper. */
  public ReadinessWaiter(RunPodApi api) {
    this(api, new SshBannerProbe());
  }

  ReadinessWaiter(RunPodApi api, SshBannerProbe probe) {
    this.api = api;
    this.clock = api.settings().clock();
    this.sleeper = api.settings().sleeper();
    this.probe = probe;
  }

  /**
   * Waits up to {@link #DEFAULT_TIMEOUT} for pod {@code podId}, as {@link #awaitReady(String,
   * Duration, WaitListener)} does.
   */
  public Pod awaitReady(String podId) {
    return awaitReady(podId, DEFAULT_TIMEOUT, WaitListener.none());
  }

  /**
   * Waits until pod {@code podId} is {@code RUNNING} with a direct SSH endpoint at which an SSH
   * server responds, reporting every check to {@code listener}, and returns the pod.
   *
   * @throws WaitTimeoutException if {@code timeout} passes first; the message names the pod, which
   *     may be billing, and its last status
   * @throws SshException if the pod runs without {@code 22/tcp} in its ports
   * @throws RunPodException if the pod enters {@code ERROR} or {@code TERMINATED}, or the thread is
   *     interrupted
   * @throws dev.rp.NotFoundException if the pod no longer exists
   */
  public Pod awaitReady(String podId, Duration timeout, WaitListener listener) {
    var wait = new Wait(podId, clock.instant(), timeout);
    Instant nextPoll = wait.started;
    while (true) {
      Instant now = clock.instant();
      if (!now.isBefore(nextPoll)) {
        wait.poll(api);
        nextPoll = now.plus(pollInterval(wait, now));
      }
      Optional<SshEndpoint> endpoint = wait.endpoint();
      Duration pause;
      if (endpoint.isPresent()) {
        if (probe.responds(endpoint.get(), wait.remaining(clock.instant()))) {
          listener.onProgress(wait.progress(Phase.READY, clock.instant()));
          LOG.debug(
              "Pod {} responds to SSH at {}:{}",
              podId,
              endpoint.get().host(),
              endpoint.get().port());
          return wait.pod;
        }
        listener.onProgress(wait.progress(Phase.WAITING_FOR_SSH, clock.instant()));
        pause = PROBE_INTERVAL;
      } else {
        listener.onProgress(wait.progress(Phase.WAITING_FOR_RUNNING, clock.instant()));
        pause = Duration.between(clock.instant(), nextPoll);
      }
      sleepWithin(wait, pause);
    }
  }

  /** Returns the time until the next API poll, as the type's documentation describes. */
  private Duration pollInterval(Wait wait, Instant now) {
    Duration elapsed = Duration.between(wait.started, now);
    Duration interval;
    if (wait.endpoint().isPresent()) {
      interval = MAX_POLL_INTERVAL;
    } else if (elapsed.compareTo(FAST_PHASE) < 0) {
      interval = FIRST_POLL_INTERVAL;
    } else if (elapsed.compareTo(FIRST_MINUTE) < 0) {
      interval = FIRST_MINUTE_INTERVAL;
    } else {
      interval = wait.lastInterval.multipliedBy(3).dividedBy(2);
      interval = interval.compareTo(MAX_POLL_INTERVAL) > 0 ? MAX_POLL_INTERVAL : interval;
    }
    wait.lastInterval = interval;
    Duration quota =
        api.rateLimit()
            .map(status -> status.minimumInterval(now, QUOTA_RESERVE))
            .orElse(Duration.ZERO);
    return quota.compareTo(interval) > 0 ? quota : interval;
  }

  /** Sleeps for {@code pause}, or throws the timeout when the deadline comes first. */
  private void sleepWithin(Wait wait, Duration pause) {
    Duration remaining = wait.remaining(clock.instant());
    if (remaining.isZero()) {
      throw wait.timeout(clock.instant());
    }
    Duration sleep = pause.compareTo(remaining) > 0 ? remaining : pause;
    if (sleep.isNegative() || sleep.isZero()) {
      return;
    }
    try {
      sleeper.sleep(sleep);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunPodException(
          "Interrupted while waiting for pod '"
              + wait.podId
              + "' to become ready. The pod still exists and may be billing: stop or terminate"
              + " it if you no longer need it.",
          e);
    }
  }

  /** State of one wait: the pod as last seen and the deadline. */
  private static final class Wait {
    final String podId;
    final Instant started;
    final Duration timeout;
    final Instant deadline;
    Pod pod;
    RunPodException lastFailure;
    Duration lastInterval = FIRST_MINUTE_INTERVAL;

    Wait(String podId, Instant started, Duration timeout) {
      this.podId = podId;
      this.started = started;
      this.timeout = timeout;
      this.deadline = started.plus(timeout);
    }

    /**
     * Gets the pod, keeping the last state when the poll fails for a reason that may pass.
     *
     * <p>NOTE: a 429 inside the poll is waited out by ApiCaller, which can overrun the deadline by
     * up to {@link ApiSettings#maxRetryAfter()}.
     */
    void poll(RunPodApi api) {
      Pod previous = pod;
      try {
        pod = api.getPod(podId);
      } catch (NoResponseException | ServerErrorException | RateLimitedException e) {
        LOG.debug("Poll of pod {} failed, trying again: {}", podId, e.getMessage());
        lastFailure = e;
        return;
      }
      if (previous == null || !previous.statusText().equals(pod.statusText())) {
        LOG.debug("Pod {} is {}", podId, pod.statusText());
      }
      WaitMessages.checkStatus(pod);
    }

    Optional<SshEndpoint> endpoint() {
      if (pod == null || pod.status() != PodStatus.RUNNING) {
        return Optional.empty();
      }
      return pod.directSsh();
    }

    Duration remaining(Instant now) {
      Duration remaining = Duration.between(now, deadline);
      return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    WaitProgress progress(Phase phase, Instant now) {
      return WaitProgress.builder()
          .podId(podId)
          .status(pod == null ? PodStatus.UNKNOWN : pod.status())
          .elapsed(Duration.between(started, now))
          .phase(phase)
          .endpoint(endpoint())
          .build();
    }

    WaitTimeoutException timeout(Instant now) {
      PodStatus status = pod == null ? PodStatus.UNKNOWN : pod.status();
      String message = WaitMessages.timeout(podId, pod, endpoint(), timeout, lastFailure);
      return new WaitTimeoutException(message, podId, status, Duration.between(started, now));
    }
  }
}

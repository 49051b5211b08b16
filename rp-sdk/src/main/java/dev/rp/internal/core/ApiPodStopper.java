package dev.rp.internal.core;

import dev.rp.InvalidStateTransitionException;
import dev.rp.SshException;
import dev.rp.pods.Pod;
import dev.rp.pods.PodAction;
import dev.rp.pods.PodStatus;
import dev.rp.schedule.PodStopper;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.StopOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stops the pod of a due task through the API and removes the pod's SSH entry. */
final class ApiPodStopper implements PodStopper {
  private static final Logger log = LoggerFactory.getLogger(ApiPodStopper.class);

  private final RpContext context;

  ApiPodStopper(RpContext context) {
    this.context = context;
  }

  @Override
  public StopOutcome stop(ScheduledTask task) {
    // Tasks the Python rp wrote carry no pod id; their alias is the only link to the pod.
    String podId =
        task.podId()
            .orElseGet(
                () -> Aliases.require(context.stores().aliases().all(), task.alias()).podId());
    StopOutcome outcome = sendStop(podId);
    removeSshEntry(task.alias(), podId);
    return outcome;
  }

  private StopOutcome sendStop(String podId) {
    try {
      context.api().podAction(podId, PodAction.STOP);
      return StopOutcome.STOPPED;
    } catch (InvalidStateTransitionException e) {
      Pod pod = context.api().getPod(podId);
      if (pod.status() == PodStatus.EXITED) {
        return StopOutcome.ALREADY_STOPPED;
      }
      throw e;
    }
  }

  // The alias may track another pod by now, so only an entry for this pod is removed.
  private void removeSshEntry(String alias, String podId) {
    try {
      context
          .sshConfig()
          .find(alias)
          .filter(entry -> entry.podId().equals(podId))
          .ifPresent(entry -> context.sshConfig().remove(alias));
    } catch (SshException e) {
      log.debug("Pod {} stopped, but its SSH entry {} could not be removed", podId, alias, e);
    }
  }
}

package dev.rp.internal.api;

import dev.rp.gpu.Cloud;
import dev.rp.pods.CreatePodRequest;
import dev.rp.pods.PodAction;

/**
 * Request that rp sends, described for error messages and retry decisions.
 *
 * @param description what the request does, such as {@code get pod 'abc123'}, for messages that
 *     start with "Could not"
 * @param retry which failures may be retried by sending the same request again
 * @param podId the pod concerned, or null
 * @param gpuTypeId the GPU type concerned, or null
 * @param cloud the cloud of a create, or null
 * @param action the action of a pod action request, or null
 */
record Operation(
    String description,
    Retry retry,
    String podId,
    String gpuTypeId,
    Cloud cloud,
    PodAction action) {

  /** Failures after which the same request may be sent again. */
  enum Retry {
    /** 429, 5xx and no response: repeating the request has the same effect as sending it once. */
    IDEMPOTENT,
    /** 429 only, since the API did not act on a rate-limited request. */
    RATE_LIMIT_ONLY
  }

  static Operation general(String description, Retry retry) {
    return new Operation(description, retry, null, null, null, null);
  }

  static Operation onPod(String verb, String podId, Retry retry) {
    return new Operation(verb + " pod '" + podId + "'", retry, podId, null, null, null);
  }

  static Operation onGpuType(String gpuTypeId) {
    return new Operation(
        "get GPU type '" + gpuTypeId + "'", Retry.IDEMPOTENT, null, gpuTypeId, null, null);
  }

  static Operation create(CreatePodRequest request) {
    String description =
        "create pod '"
            + request.name()
            + "' with "
            + request.gpuCount()
            + " x "
            + request.gpuTypeId()
            + " in the "
            + request.cloud()
            + " cloud";
    return new Operation(
        description, Retry.RATE_LIMIT_ONLY, null, request.gpuTypeId(), request.cloud(), null);
  }

  /**
   * Describes an action. Start, stop and terminate are retried after a 5xx or no response, because
   * sending them twice leaves the pod as sending them once does. Restart is not retried, since a
   * second restart would interrupt the container again.
   */
  static Operation action(String podId, PodAction action) {
    Retry retry = action == PodAction.RESTART ? Retry.RATE_LIMIT_ONLY : Retry.IDEMPOTENT;
    return new Operation(
        action.wireValue() + " pod '" + podId + "'", retry, podId, null, null, action);
  }
}

/**
 * Entry point of the rp SDK: {@link dev.rp.RunPod} and {@link dev.rp.RunPodClient}, the files rp
 * uses ({@link dev.rp.RpPaths}), the account's SSH keys ({@link dev.rp.Account}), and the
 * exceptions every operation throws.
 *
 * <p>Every exception extends the unchecked {@link dev.rp.RunPodException}. {@link
 * dev.rp.ApiException} and its subtypes mean the API returned an error response that a caller can
 * act on, such as {@link dev.rp.NoCapacityException} (try another GPU type), {@link
 * dev.rp.RateLimitedException} (wait {@link dev.rp.RateLimitedException#retryAfter()}) or {@link
 * dev.rp.InvalidStateTransitionException} (read the pod and decide). {@link
 * dev.rp.NoResponseException} means no answer came back, and {@link dev.rp.InvalidInputException} a
 * value the user supplied.
 *
 * <pre>{@code
 * try (RunPodClient client = RunPod.builder().build()) {
 *   TrackedPod pod = client.pods().create("dev-1").gpu("A40").storage("50GB").start();
 *   System.out.println(pod.alias() + " costs $" + pod.pod().orElseThrow().costPerHour() + "/h");
 * }
 * }</pre>
 */
package dev.rp;

package dev.rp.testing;

import java.util.OptionalInt;

/**
 * A snapshot of one pod on the fake RunPod's account, for assertions in tests.
 *
 * @param id the pod id
 * @param name the pod name
 * @param status the API status now, such as {@code RUNNING} or {@code EXITED}
 * @param gpuId the GPU type id, such as {@code NVIDIA GeForce RTX 4090}
 * @param gpuCount the number of GPUs
 * @param cloud {@code SECURE} or {@code COMMUNITY}
 * @param sshHost the host that {@code ssh.direct} names now, or null when it is not published
 * @param sshPort the port that {@code ssh.direct} names now; empty unless the pod is {@code
 *     RUNNING} with {@code 22/tcp} in its ports
 * @param startCount how many times the pod has started, creation included
 */
public record FakePod(
    String id,
    String name,
    String status,
    String gpuId,
    int gpuCount,
    String cloud,
    String sshHost,
    OptionalInt sshPort,
    int startCount) {}

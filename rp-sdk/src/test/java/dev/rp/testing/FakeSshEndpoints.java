package dev.rp.testing;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses the SSH endpoint that a pod of the fake RunPod publishes in {@code ssh.direct} each time
 * it starts. Creating a pod counts as its first start, and each {@code start} action after a stop
 * is another, so a test can make a stopped pod come back on a different port, as it does on RunPod.
 *
 * <pre>{@code
 * fake.sshEndpoints(
 *     (podId, startNumber) -> new FakeSshEndpoints.Endpoint("127.0.0.1", 2200 + startNumber));
 * }</pre>
 */
@FunctionalInterface
public interface FakeSshEndpoints {

  /**
   * Returns the endpoint for one start of one pod. The fake calls it while it holds its lock, so it
   * must return quickly and must not call back into the fake.
   *
   * @param podId the pod that starts
   * @param startNumber 1 for the start that creating the pod makes, 2 for the next, and so on
   * @return where the pod's sshd listens until it stops
   */
  Endpoint next(String podId, int startNumber);

  /**
   * Returns a supplier that hands out the ports in turn across all pods and starts and begins again
   * after the last one, so one port repeats for every start.
   *
   * @param host the host every endpoint names, such as {@code "127.0.0.1"}
   * @param ports one or more TCP ports
   * @return the supplier
   * @throws IllegalArgumentException if the host is blank, no port is given or a port is outside
   *     1..65535
   */
  static FakeSshEndpoints cycling(String host, int... ports) {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("SSH host is missing");
    }
    if (ports.length == 0) {
      throw new IllegalArgumentException("Give at least one SSH port");
    }
    for (int port : ports) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("SSH port " + port + " is outside 1..65535");
      }
    }
    int[] copy = Arrays.copyOf(ports, ports.length);
    AtomicInteger nextIndex = new AtomicInteger();
    return (podId, startNumber) ->
        new Endpoint(host, copy[Math.floorMod(nextIndex.getAndIncrement(), copy.length)]);
  }

  /**
   * A host and TCP port where a pod's sshd listens.
   *
   * @param host host name or IP address
   * @param port TCP port
   */
  record Endpoint(String host, int port) {

    /** Checks the parts. */
    public Endpoint {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("SSH host is missing");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("SSH port " + port + " is outside 1..65535");
      }
    }
  }
}

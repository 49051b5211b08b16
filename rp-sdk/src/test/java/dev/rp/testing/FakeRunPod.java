package dev.rp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockWebServer;

/**
 * A stand-in for RunPod's REST API v2 on a loopback port, for tests of the SDK, the command line
 * and the examples.
 *
 * <p>It keeps pods, SSH keys and a GPU catalog in memory and serves the contract's pod, catalog and
 * SSH key endpoints with contract-valid bodies. Pod status follows the wall clock, so a CLI
 * subprocess observes the same progress as the test: a new pod is {@code PROVISIONING}, then {@code
 * STARTING}, then {@code RUNNING} (300 ms per phase unless set otherwise). Every request body is
 * checked against the contract, and a violation gets a 422 response and is added to {@link
 * #contractViolations()}. Errors are RFC 9457 problems, and every response carries {@code
 * RateLimit}, {@code RateLimit-Policy} and {@code X-Request-Id} headers.
 *
 * <pre>{@code
 * try (FakeRunPod fake = FakeRunPod.start()) {
 *   fake.sshPorts(2201, 2202);
 *   // point the client at fake.baseUrl() with the key fake.apiKey(), then:
 *   assertThat(fake.pods()).extracting(FakePod::status).containsExactly("RUNNING");
 *   assertThat(fake.contractViolations()).isEmpty();
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe. Settings apply to pods and requests from then on.
 */
public final class FakeRunPod implements AutoCloseable {

  /** The GPU that {@link #addPod(String, String)} gives a pod, present in the default catalog. */
  public static final String DEFAULT_GPU_ID = "NVIDIA GeForce RTX 4090";

  /** The image that {@link #addPod(String, String)} gives a pod. */
  public static final String DEFAULT_IMAGE = "runpod/pytorch:2.4.0-py3.11-cuda12.4.1-devel";

  // Held so that the level set on MockWebServer's logger is not lost when it is collected.
  private static final Logger SERVER_LOGGER = Logger.getLogger(MockWebServer.class.getName());

  private final MockWebServer server = new MockWebServer();
  private final FakeAccount account = new FakeAccount();
  private final FakeFaultQueue faults = new FakeFaultQueue();
  private final String apiKey = newApiKey();
  private final FakeDispatcher dispatcher = new FakeDispatcher(account, faults, apiKey);
  private String sshHost = "127.0.0.1";
  private int[] sshPorts = {22};

  private FakeRunPod() {}

  /**
   * Starts a fake on a free port of 127.0.0.1 with the default catalog and no pods.
   *
   * @return the running fake; close it to free the port
   * @throws UncheckedIOException if the server cannot bind
   */
  public static FakeRunPod start() {
    // MockWebServer logs every request at INFO, which buries the test's own output.
    SERVER_LOGGER.setLevel(Level.WARNING);
    FakeRunPod fake = new FakeRunPod();
    fake.server.setDispatcher(fake.dispatcher);
    fake.server.setServerSocketFactory(new NoDelayServerSocketFactory());
    try {
      fake.server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the fake RunPod on 127.0.0.1", e);
    }
    return fake;
  }

  /**
   * Returns the base URL to give a client in place of {@code https://api.runpod.io}.
   *
   * @return a URL such as {@code http://127.0.0.1:40123}, without a trailing slash
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /**
   * Returns the API key the fake accepts as {@code Authorization: Bearer KEY}. Any other value, or
   * none, gets a 401 problem.
   *
   * @return a random key, new for each fake
   */
  public String apiKey() {
    return apiKey;
  }

  /**
   * Server sockets whose connections send each write at once, as nginx does with its default {@code
   * tcp_nodelay on}. With Nagle's algorithm, MockWebServer's second write of a response on a reused
   * connection waits for the client's delayed ACK, which adds about 40 ms on Linux.
   */
  private static final class NoDelayServerSocketFactory extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new NoDelayServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {}

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }

  /** Stops the server and frees its port. */
  @Override
  public void close() {
    server.close();
  }

  // Settings.

  /**
   * Sets how long a new pod stays {@code PROVISIONING} before it is {@code STARTING}.
   *
   * @param time zero or more; 300 ms by default
   * @return this fake
   */
  public FakeRunPod provisioningTime(Duration time) {
    account.provisioningTime(time);
    return this;
  }

  /**
   * Sets how long a pod stays {@code STARTING} before it is {@code RUNNING}, after it is
   * provisioned, started or restarted.
   *
   * @param time zero or more; 300 ms by default
   * @return this fake
   */
  public FakeRunPod startingTime(Duration time) {
    account.startingTime(time);
    return this;
  }

  /**
   * Sets the host that {@code ssh.direct} names from the next start on, and starts the port
   * sequence over.
   *
   * @param host a host name or IP address; 127.0.0.1 by default
   * @return this fake
   */
  public synchronized FakeRunPod sshHost(String host) {
    sshHost = host;
    account.sshEndpoints(FakeSshEndpoints.cycling(sshHost, sshPorts));
    return this;
  }

  /**
   * Sets the ports that {@code ssh.direct} names: each start of any pod, creation included, takes
   * the next one, beginning again after the last, so a pod that stops and starts again comes back
   * on the next port when several are given. The sequence begins at the first port.
   *
   * @param ports one or more TCP ports; only 22 by default
   * @return this fake
   * @throws IllegalArgumentException if no port is given or a port is outside 1..65535
   */
  public synchronized FakeRunPod sshPorts(int... ports) {
    account.sshEndpoints(FakeSshEndpoints.cycling(sshHost, ports));
    sshPorts = ports.clone();
    return this;
  }

  /**
   * Replaces the host and port sequence with a supplier that picks each start's endpoint.
   *
   * @param supplier called once for each start of each pod, creation included
   * @return this fake
   */
  public FakeRunPod sshEndpoints(FakeSshEndpoints supplier) {
    account.sshEndpoints(supplier);
    return this;
  }

  /**
   * Publishes an {@code ssh.proxy} endpoint on every pod, which is null by default.
   *
   * @param host the proxy host
   * @param port the proxy port
   * @return this fake
   */
  public FakeRunPod sshProxy(String host, int port) {
    account.sshProxy(new FakeSshEndpoints.Endpoint(host, port));
    return this;
  }

  /**
   * Replaces the GPU catalog, which by default is the class path resource {@code catalog/gpus.json}
   * with real RunPod GPU ids.
   *
   * @param listGpuTypesResponse a {@code GET /v2/catalog/gpus} body
   * @return this fake
   * @throws IllegalArgumentException if the body does not conform to the contract
   */
  public FakeRunPod catalog(String listGpuTypesResponse) {
    account.catalog(FakeCatalog.parse(listGpuTypesResponse));
    return this;
  }

  // Pods and keys on the account.

  /**
   * Returns a snapshot of every pod, in creation order.
   *
   * @return the pods now
   */
  public List<FakePod> pods() {
    return account.pods();
  }

  /**
   * Returns a snapshot of one pod.
   *
   * @param id the pod id
   * @return the pod, or empty when the account has no such pod
   */
  public Optional<FakePod> pod(String id) {
    return account.pod(id);
  }

  /**
   * Puts a pod on the account as if it had been made on RunPod's website, with {@link
   * #DEFAULT_GPU_ID} and ports {@code 8888/http} and {@code 22/tcp}.
   *
   * @param name the pod name
   * @param status the status it has now, such as {@code RUNNING} or {@code EXITED}
   * @return the new pod's id
   */
  public String addPod(String name, String status) {
    return addPod(name, DEFAULT_GPU_ID, 1, status);
  }

  /**
   * Puts a pod on the account as if it had been made on RunPod's website, in the secure cloud with
   * ports {@code 8888/http} and {@code 22/tcp}.
   *
   * @param name the pod name
   * @param gpuId a GPU id of the catalog
   * @param gpuCount the number of GPUs
   * @param status the status it has now, such as {@code RUNNING} or {@code EXITED}
   * @return the new pod's id
   * @throws IllegalArgumentException if the catalog does not offer that GPU and count, or the
   *     status is not one of the contract's
   */
  public String addPod(String name, String gpuId, int gpuCount, String status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("image", DEFAULT_IMAGE);
    body.put("gpu", Map.of("id", gpuId, "count", gpuCount));
    body.put("ports", List.of("8888/http", "22/tcp"));
    body.put("disk", 20);
    return addPodFromRequest(FakeJson.write(body), status);
  }

  /**
   * Puts a pod on the account from a create body, skipping the create faults. A pod added as {@code
   * EXITED} or {@code ERROR} has not started yet, so its first start takes the first SSH port; one
   * added in any other status takes an SSH endpoint now.
   *
   * @param createPodRequest a {@code POST /v2/pods} body
   * @param status the status the pod has now
   * @return the new pod's id
   * @throws IllegalArgumentException if the body breaks the contract or the catalog's rules, or the
   *     status is not one of the contract's
   */
  public String addPodFromRequest(String createPodRequest, String status) {
    List<String> errors = ContractValidator.create().validate("CreatePodRequest", createPodRequest);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "The pod is not a valid CreatePodRequest: " + String.join("; ", errors));
    }
    return account.addPod(FakeJson.readObject(createPodRequest), upper(status));
  }

  /**
   * Makes a pod vanish from the account without any request, as if deleted elsewhere.
   *
   * @param id the pod id
   * @return whether the account had that pod
   */
  public boolean removePod(String id) {
    return account.removePod(id);
  }

  /**
   * Puts a pod into a status now. {@code PROVISIONING} and {@code STARTING} go on advancing with
   * the clock. Leaving {@code EXITED}, {@code ERROR} or {@code TERMINATED} for one of those or
   * {@code RUNNING} counts as a start and takes the next SSH endpoint.
   *
   * @param id the pod id
   * @param status one of the contract's statuses
   * @throws IllegalArgumentException if the pod or the status is unknown
   */
  public void setStatus(String id, String status) {
    account.setStatus(id, upper(status));
  }

  /**
   * Returns the account's registered SSH public keys.
   *
   * @return the keys in the order last set
   */
  public List<String> sshKeys() {
    return account.sshKeys();
  }

  /**
   * Replaces the account's registered SSH public keys without a request.
   *
   * @param keys authorized_keys-style lines
   */
  public void setSshKeys(List<String> keys) {
    account.replaceSshKeys(keys);
  }

  /**
   * Replaces the container lines that {@code GET /v2/pods/{id}/logs} streams for one pod. The
   * system lines about pulling the image stay.
   *
   * @param id the pod id
   * @param lines the log lines, oldest first
   * @throws IllegalArgumentException if the account has no such pod
   */
  public void setLogLines(String id, List<String> lines) {
    account.logLines(id, lines);
  }

  // Faults.

  /**
   * Queues faults for the next requests that match a method and the start of a decoded path.
   *
   * @param method an HTTP method such as {@code POST}, or {@code *} for any
   * @param pathPrefix such as {@code /v2/pods}, which also matches {@code /v2/pods/abc/action}
   * @return a handle to queue faults on
   */
  public FakeFaults on(String method, String pathPrefix) {
    return new FakeFaults(faults, method, pathPrefix);
  }

  /**
   * Responds to the next requests of any kind with 429 and a {@code Retry-After} header.
   *
   * @param count how many requests
   * @param retryAfterSeconds the {@code Retry-After} value
   */
  public void rateLimit(int count, int retryAfterSeconds) {
    on("*", "/").rateLimit(count, retryAfterSeconds);
  }

  /**
   * Responds to the next requests of any kind with a 5xx problem.
   *
   * @param count how many requests
   * @param status 500 to 599
   */
  public void serverError(int count, int status) {
    on("*", "/").serverError(count, status);
  }

  /**
   * Holds back the response headers of the next requests of any kind, which still take effect.
   *
   * @param count how many requests
   * @param delay how long
   */
  public void delay(int count, Duration delay) {
    on("*", "/").delay(count, delay);
  }

  /**
   * Makes every create for a GPU type fail with 400 for lack of capacity until {@link
   * #restoreCapacity(String)} or {@link #clearFaults()}.
   *
   * @param gpuId a GPU id such as {@code NVIDIA H100 80GB HBM3}
   */
  public void noCapacity(String gpuId) {
    account.noCapacity(gpuId, true);
  }

  /**
   * Undoes {@link #noCapacity(String)} for one GPU type.
   *
   * @param gpuId the GPU id
   */
  public void restoreCapacity(String gpuId) {
    account.noCapacity(gpuId, false);
  }

  /** Makes every create fail with 402 until {@link #clearFaults()}. */
  public void insufficientBalance() {
    account.insufficientBalance(true);
  }

  /**
   * Makes the next start of a pod fail with 400 because its host's GPUs are taken. The pod stays
   * stopped, and a later start succeeds.
   *
   * @param podId the pod id
   * @throws IllegalArgumentException if the account has no such pod
   */
  public void hostGpusTaken(String podId) {
    account.hostGpusTaken(podId);
  }

  /**
   * Makes the next create take effect but close the connection instead of responding, so a client
   * gets an I/O error for a pod that exists.
   */
  public void createButDropResponse() {
    account.dropNextCreate(FakeAccount.DroppedCreate.DISCONNECT);
  }

  /** Makes the next create take effect but respond with 500, as a failing gateway might. */
  public void createButServerError() {
    account.dropNextCreate(FakeAccount.DroppedCreate.SERVER_ERROR);
  }

  /** Removes every queued and persistent fault. */
  public void clearFaults() {
    faults.clear();
    account.clearFaults();
  }

  // What the fake saw.

  /**
   * Returns every request received so far, oldest first.
   *
   * @return a snapshot of the request log
   */
  public List<FakeRequest> requests() {
    return dispatcher.requests();
  }

  /**
   * Counts the logged requests with a method and a decoded path that starts with a prefix.
   *
   * @param method such as {@code GET}, or {@code *} for any
   * @param pathPrefix such as {@code /v2/pods}
   * @return how many matched
   */
  public int count(String method, String pathPrefix) {
    int count = 0;
    for (FakeRequest request : requests()) {
      boolean methodMatches = "*".equals(method) || request.method().equalsIgnoreCase(method);
      if (methodMatches && request.path().startsWith(pathPrefix)) {
        count++;
      }
    }
    return count;
  }

  /** Empties the request log. */
  public void clearRequests() {
    dispatcher.clearRequests();
  }

  /**
   * Returns each way in which request bodies and parameters broke the contract, such as {@code
   * "POST /v2/pods: $: required property 'image' not found"}. A client under test should leave it
   * empty.
   *
   * @return the violations, oldest first
   */
  public List<String> contractViolations() {
    return dispatcher.contractViolations();
  }

  /** Empties the list of contract violations, after a test that sent a bad body on purpose. */
  public void clearContractViolations() {
    dispatcher.clearContractViolations();
  }

  /**
   * Returns each way in which the fake's own response bodies broke the contract, and each failure
   * inside the fake. It stays empty unless the fake has a bug.
   *
   * @return the violations, oldest first
   */
  public List<String> responseViolations() {
    return dispatcher.responseViolations();
  }

  private static String upper(String status) {
    if (status == null) {
      throw new IllegalArgumentException("Pod status is missing");
    }
    return status.toUpperCase(Locale.ROOT);
  }

  private static String newApiKey() {
    byte[] bytes = new byte[20];
    new SecureRandom().nextBytes(bytes);
    return "rpa_FAKE" + HexFormat.of().withUpperCase().formatHex(bytes);
  }
}

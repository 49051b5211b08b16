package dev.rp.cli.bench;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.store.PodAlias;
import dev.rp.testing.FakeRequest;
import dev.rp.testing.FakeRunPod;
import dev.rp.testing.Sshd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Serves the fake RunPod API for {@code bench/cli-bench.sh} until the process is killed.
 *
 * <p>Usage: {@code FakeServerMain DIR [PODS]}. It starts a real sshd as the pods' SSH endpoint and
 * the fake on 127.0.0.1 with {@code PODS} (default 50) running pods, and prepares two {@code HOME}
 * folders under {@code DIR}: {@code list-home}, which tracks every pod, and {@code create-home},
 * which tracks none. Both hold the fake's API key in rp's key file and the sshd's client key as
 * {@code ~/.ssh/runpod}. It writes:
 *
 * <ul>
 *   <li>{@code DIR/fake.env}: {@code RUNPOD_API_URL}, {@code PROVISIONING_MS} and {@code
 *       STARTING_MS}, as shell assignments
 *   <li>{@code DIR/pod-ids}: the pods' ids, one a line
 *   <li>{@code DIR/requests.log}: one line per request the fake received ({@code GET /v2/pods
 *       200}), rewritten within 50 ms of each request
 *   <li>{@code DIR/ready}: written last, once everything above is in place
 * </ul>
 */
public final class FakeServerMain {

  private static final Duration PROVISIONING = Duration.ofSeconds(1);
  private static final Duration STARTING = Duration.ofSeconds(1);

  private FakeServerMain() {}

  /** Starts the servers, prepares the folders and serves until killed. */
  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("Usage: FakeServerMain DIR [PODS]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]).toAbsolutePath();
    int podCount = args.length == 2 ? Integer.parseInt(args[1]) : 50;

    Sshd sshd;
    try {
      sshd = Sshd.start(dir.resolve("sshd"));
    } catch (RuntimeException e) {
      // Sshd reports a missing sshd as a JUnit assumption, which means nothing outside a test.
      System.err.println("FakeServerMain: cannot start sshd (/usr/sbin/sshd, run as root): " + e);
      System.exit(1);
      return;
    }
    FakeRunPod fake =
        FakeRunPod.start()
            .sshHost(sshd.host())
            .sshPorts(sshd.port())
            .provisioningTime(PROVISIONING)
            .startingTime(STARTING);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  fake.close();
                  sshd.close();
                }));
    fake.setSshKeys(List.of(sshd.clientPublicKey()));

    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= podCount; i++) {
      ids.add(fake.addPod("bench-" + i, "RUNNING"));
    }
    Path listHome = prepareHome(dir.resolve("list-home"), fake, sshd);
    prepareHome(dir.resolve("create-home"), fake, sshd);
    try (RunPodClient client = client(listHome)) {
      client
          .stores()
          .aliases()
          .update(
              aliases -> {
                for (int i = 0; i < ids.size(); i++) {
                  String alias = "bench-" + (i + 1);
                  aliases.put(alias, PodAlias.of(alias, ids.get(i)));
                }
                return null;
              });
    }

    Files.write(dir.resolve("pod-ids"), ids, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("fake.env"),
        "RUNPOD_API_URL="
            + fake.baseUrl()
            + "\nPROVISIONING_MS="
            + PROVISIONING.toMillis()
            + "\nSTARTING_MS="
            + STARTING.toMillis()
            + "\n");
    Files.writeString(dir.resolve("ready"), "");
    writeRequestLog(dir.resolve("requests.log"), fake);
  }

  private static RunPodClient client(Path home) {
    return RunPod.builder().environment(Map.of("HOME", home.toString())).build();
  }

  /** Creates {@code home} with the fake's key in the key file and the sshd's client key. */
  private static Path prepareHome(Path home, FakeRunPod fake, Sshd sshd) throws IOException {
    Path ssh = Files.createDirectories(home.resolve(".ssh"));
    Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString("rwx------"));
    Path key = ssh.resolve("runpod");
    Files.copy(sshd.clientKey(), key, StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(ssh.resolve("runpod.pub"), sshd.clientPublicKey() + "\n");
    try (RunPodClient client = client(home)) {
      client.stores().apiKey().write(fake.apiKey());
    }
    return home;
  }

  /** Rewrites {@code file} with the request log whenever it grew, until the process is killed. */
  private static void writeRequestLog(Path file, FakeRunPod fake) throws Exception {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    int written = -1;
    while (true) {
      List<FakeRequest> requests = fake.requests();
      if (requests.size() != written) {
        List<String> lines = new ArrayList<>();
        for (FakeRequest request : requests) {
          lines.add(request.method() + " " + request.path() + " " + request.status());
        }
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        written = requests.size();
      }
      Thread.sleep(50);
    }
  }
}

package dev.rp.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the fake RunPod API and a real sshd on loopback, so that a person can try {@code rp} without
 * a RunPod account: pods created through the fake answer SSH on the sshd.
 *
 * <p>It prepares a home folder of its own (the sshd's client key as {@code ~/.ssh/runpod}, the
 * fake's API key in rp's key file) and writes {@code env}, a file to source in another shell. It
 * serves until interrupted. Usage: {@code Sandbox [FOLDER]}, default {@code /tmp/rp-sandbox}.
 */
public final class Sandbox {
  private Sandbox() {}

  /** Starts the sandbox in the folder named by {@code args[0]}, or {@code /tmp/rp-sandbox}. */
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/rp-sandbox").toAbsolutePath();
    Running sandbox = start(folder);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                }));
    System.out.println("rp sandbox is running: fake RunPod API at " + sandbox.fake.baseUrl());
    System.out.println("Pods answer SSH on 127.0.0.1 ports " + sandbox.sshd.ports() + ".");
    System.out.println("In another shell:  . " + sandbox.env);
    System.out.println("Then for example:  rp create --alias dev --gpu A40 --storage 20GB");
    System.out.println(
        "rp's aliases and settings in "
            + sandbox.home
            + " survive a restart, but the fake's pods do not, so run rp clean to remove stale"
            + " aliases or delete the folder to start over.");
    System.out.println("Press Ctrl-C to stop.");
    stopped.await();
  }

  /**
   * Starts the fake and the sshd and prepares {@code folder}: {@code home}, which is kept between
   * runs, {@code env}, and the sshd's own folder, which {@link Running#close} deletes.
   */
  static Running start(Path folder) throws IOException {
    Path home = folder.resolve("home");
    Files.createDirectories(home);
    Path sshdFolder = folder.resolve("sshd-" + ProcessHandle.current().pid());
    Sshd sshd = Sshd.start(sshdFolder, 3);
    FakeRunPod fake =
        FakeRunPod.start()
            .sshHost(sshd.host())
            .sshPorts(sshd.ports().stream().mapToInt(Integer::intValue).toArray())
            .provisioningTime(Duration.ofSeconds(2))
            .startingTime(Duration.ofSeconds(1));
    fake.setSshKeys(List.of(sshd.clientPublicKey()));
    installIdentity(home, sshd.clientKey(), sshd.clientPublicKey());
    writeApiKey(home, fake.apiKey());
    Path env = folder.resolve("env");
    Files.writeString(
        env,
        "export HOME='"
            + home
            + "'\nexport RUNPOD_API_URL='"
            + fake.baseUrl()
            + "'\nunset RUNPOD_API_KEY RP_CONFIG_DIR RP_SSH_CONFIG XDG_CONFIG_HOME\n");
    return new Running(fake, sshd, sshdFolder, home, env);
  }

  /** A started sandbox, which {@link #close} stops. */
  static final class Running implements AutoCloseable {
    final FakeRunPod fake;
    final Sshd sshd;
    final Path sshdFolder;
    final Path home;
    final Path env;

    Running(FakeRunPod fake, Sshd sshd, Path sshdFolder, Path home, Path env) {
      this.fake = fake;
      this.sshd = sshd;
      this.sshdFolder = sshdFolder;
      this.home = home;
      this.env = env;
    }

    /**
     * Stops the fake and the sshd and deletes the sshd's folder and {@code env}, whose API URL
     * would then name a port that nothing serves; {@code home} stays.
     */
    @Override
    public void close() {
      fake.close();
      sshd.close();
      try {
        Files.deleteIfExists(env);
      } catch (IOException e) {
        System.err.println("Could not delete " + env + ": " + e.getMessage());
      }
      try (Stream<Path> paths = Files.walk(sshdFolder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        System.err.println("Could not delete " + sshdFolder + ": " + e.getMessage());
      }
    }
  }

  private static void installIdentity(Path home, Path privateKey, String publicKey)
      throws IOException {
    Path ssh = Files.createDirectories(home.resolve(".ssh"));
    Files.setPosixFilePermissions(ssh, PosixFilePermissions.fromString("rwx------"));
    Path key = ssh.resolve("runpod");
    Files.copy(privateKey, key, StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(ssh.resolve("runpod.pub"), publicKey + "\n");
  }

  private static void writeApiKey(Path home, String apiKey) throws IOException {
    Path configDir = Files.createDirectories(home.resolve(".config/rp"));
    Path keyFile = configDir.resolve("runpod_api_key");
    Files.deleteIfExists(keyFile);
    Files.createFile(
        keyFile,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(keyFile, apiKey + "\n");
  }
}

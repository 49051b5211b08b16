package dev.rp.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

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
    Path home = folder.resolve("home");
    Files.createDirectories(home);
    Sshd sshd = Sshd.start(folder.resolve("sshd-" + ProcessHandle.current().pid()), 3);
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

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  fake.close();
                  sshd.close();
                  stopped.countDown();
                }));
    System.out.println("rp sandbox is running: fake RunPod API at " + fake.baseUrl());
    System.out.println("Pods answer SSH on 127.0.0.1 ports " + sshd.ports() + ".");
    System.out.println("In another shell:  . " + env);
    System.out.println("Then for example:  rp create --alias dev --gpu A40 --storage 20GB");
    System.out.println("Press Ctrl-C to stop.");
    stopped.await();
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

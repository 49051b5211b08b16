package dev.rp.cli;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Entry point of the {@code rp} launcher: offers a quick command to rp's background process, see
 * {@link Daemon}, and otherwise runs it through {@link Main} in this JVM.
 *
 * <p>This class refers to none of picocli, the SDK or OkHttp, so that a command the background
 * process runs loads only the few classes that send it and print its output.
 */
public final class Rp {

  private Rp() {}

  /**
   * Runs {@code rp} with {@code args} and exits the JVM with the command's exit code. The system
   * property {@code rp.daemon} means that the launcher's bash client already offered the command to
   * the background processes in the folder {@code rp.daemon.folder}: {@code start} when none ran
   * it, so this JVM starts one afterwards, and {@code local} when one handed it back.
   */
  public static void main(String[] args) {
    // Plain statements rather than lambdas, since the first lambda of a JVM costs milliseconds.
    String offered = System.getProperty("rp.daemon", "");
    DaemonClient daemon = null;
    if (Daemon.accepts(args) && !offered.equals("local")) {
      Map<String, String> env = System.getenv();
      Optional<Daemon> endpoint = Daemon.forEnvironment(env);
      if (endpoint.isPresent()) {
        daemon = new DaemonClient(endpoint.get());
        // The bash client looked in another folder when USER names another user than the JVM's.
        boolean tried =
            endpoint.get().folder().toString().equals(System.getProperty("rp.daemon.folder"));
        OptionalInt exitCode = tried ? OptionalInt.empty() : daemon.run(env, args);
        if (exitCode.isPresent()) {
          System.exit(exitCode.getAsInt());
        }
      }
    }
    int exitCode = Main.runInThisProcess(args);
    if (daemon != null) {
      daemon.startProcess();
    }
    System.exit(exitCode);
  }
}

package dev.rp.cli.commands;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code rp} launcher script that background runners call, which passes its own absolute path
 * in the system property {@value #PROPERTY}.
 */
final class Launcher {

  /** System property that the launcher script sets to its absolute path. */
  static final String PROPERTY = "rp.launcher";

  private Launcher() {}

  /**
   * Returns the launcher this JVM was started by, or empty when it was started some other way, such
   * as with {@code java -jar rp.jar}.
   */
  static Optional<Path> installed() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Path path = Path.of(value);
    return path.isAbsolute() && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  /**
   * Returns the launcher for status messages: the one this JVM was started by, else {@code rp}
   * beside the jar or classes folder, where the build puts the launcher.
   */
  static Path forStatus() {
    return installed().orElseGet(Launcher::besideCode);
  }

  private static Path besideCode() {
    try {
      Path code =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code.toAbsolutePath().getParent().resolve("rp");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("rp").toAbsolutePath();
    }
  }

  /** Returns what to do when no launcher is known, so that no runner can be installed. */
  static String missingMessage() {
    return "No background runner was installed, because rp was started without its launcher"
        + " script (as with java -jar), which the runner would call. Scheduled stops fire only"
        + " when rp scheduler-tick runs: run it every minute, for example from cron, or run rp"
        + " scheduler install through the rp launcher.";
  }
}

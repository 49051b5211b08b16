package dev.rp.schedule;

import dev.rp.StoreException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * File in the config folder that stores when {@link Scheduler#tick()} last ran, as one ISO-8601
 * instant, so that {@code rp scheduler status} can tell a runner that stopped working.
 */
final class LastTickFile {

  /** File name inside the config folder; the Python rp does not know this file. */
  static final String NAME = "scheduler-last-tick";

  private LastTickFile() {}

  /** Returns when the last tick ran, or empty when the file is missing, unreadable or garbled. */
  static Optional<Instant> read(Path file) {
    try {
      return LocalFiles.read(file).map(String::trim).map(Instant::parse);
    } catch (StoreException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Replaces the file's content with {@code when}.
   *
   * @throws StoreException when the file cannot be written
   */
  static void write(Path file, Instant when) {
    LocalFiles.writeAtomically(file, when + "\n");
  }
}

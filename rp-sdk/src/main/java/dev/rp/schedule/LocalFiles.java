package dev.rp.schedule;

import dev.rp.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reads and atomically replaces the small text files of the scheduler and its runners. */
final class LocalFiles {

  private LocalFiles() {}

  /**
   * Returns the content of {@code file}, or empty when it does not exist.
   *
   * @throws StoreException when the file exists but cannot be read
   */
  static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StoreException("Cannot read " + file + ": " + reason(e), file, e);
    }
  }

  /**
   * Writes {@code content} to {@code file} through a temporary file in the same folder, so that a
   * reader never sees half of it, creating the folder when needed.
   *
   * @throws StoreException when the file cannot be written
   */
  static void writeAtomically(Path file, String content) {
    Path folder = file.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      Files.createDirectories(folder);
      temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new StoreException(
          "Cannot write " + file + ": " + reason(e) + ". Check the folder and its permissions.",
          file,
          e);
    }
  }

  /**
   * Creates {@code folder} and its parents when they do not exist.
   *
   * @throws StoreException when a folder cannot be created
   */
  static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreException("Cannot create the folder " + folder + ": " + reason(e), folder, e);
    }
  }

  /**
   * Deletes {@code file} if it exists.
   *
   * @return whether a file was deleted
   * @throws StoreException when the file exists but cannot be deleted
   */
  static boolean delete(Path file) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new StoreException("Cannot delete " + file + ": " + reason(e), file, e);
    }
  }

  // A FileSystemException's message is often only the path, so name the kind of failure too.
  private static String reason(IOException e) {
    if (e instanceof FileSystemException) {
      FileSystemException failure = (FileSystemException) e;
      String kind =
          failure.getReason() == null ? e.getClass().getSimpleName() : failure.getReason();
      return failure.getFile() == null ? kind : kind + " (" + failure.getFile() + ")";
    }
    return e.getMessage();
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The original failure is what the caller needs to see.
    }
  }
}

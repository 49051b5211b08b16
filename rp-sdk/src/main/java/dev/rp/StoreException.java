package dev.rp;

import java.nio.file.Path;
import java.util.Optional;

/** Thrown when rp's local state cannot be read or written, such as a corrupt {@code pods.json}. */
public class StoreException extends RunPodException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;

  /** Creates an exception about the file at {@code path}, which may be null. */
  public StoreException(String message, Path path, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** Creates an exception about the file at {@code path}, which may be null. */
  public StoreException(String message, Path path) {
    this(message, path, null);
  }

  /** Returns the file at fault, when there is one. */
  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }
}

package dev.rp.store;

import dev.rp.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API key store in a one-line file, {@code runpod_api_key} in the config folder by default.
 *
 * <p>Saving replaces the file atomically with one created with mode 0600 on POSIX file systems,
 * whatever mode the file had before. Reading a key file that its group or others can read logs one
 * WARN line per store naming the file and the {@code chmod 600} fix, never the key.
 *
 * <p>NOTE: on file systems without POSIX permissions, such as NTFS, the file gets the folder's
 * default access rights.
 */
final class FileApiKeyStore implements ApiKeyStore {

  private static final Logger LOG = LoggerFactory.getLogger(FileApiKeyStore.class);

  private final AtomicFile file;
  private final AtomicBoolean warnedAboutMode = new AtomicBoolean();

  FileApiKeyStore(Path keyFile) {
    this.file = new AtomicFile(keyFile);
  }

  @Override
  public Optional<String> read() {
    Optional<String> text = file.read();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String key = ApiKeyText.clean(text.get());
    if (key.isEmpty()) {
      return Optional.empty();
    }
    warnIfReadableByOthers();
    if (ApiKeyText.hasLineBreak(key)) {
      throw new StoreException(
          "Cannot use key file "
              + file.path()
              + ": it has more than one line. Keep only the API key in it, on one line.",
          file.path());
    }
    return Optional.of(key);
  }

  @Override
  public void write(String apiKey) {
    String key = ApiKeyText.checkedForSaving(apiKey);
    file.locked(
        () -> {
          file.replace(key + "\n", true);
          return null;
        });
    LOG.debug("Saved the API key to {}", file.path());
  }

  @Override
  public String description() {
    return "key file " + file.path();
  }

  /** Returns why {@link #read()} found no key, for {@link dev.rp.MissingApiKeyException}. */
  String absenceReason() {
    if (Files.exists(file.path())) {
      return description() + " is empty";
    }
    return description() + " does not exist";
  }

  private void warnIfReadableByOthers() {
    if (!file.path().getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> mode;
    try {
      mode = Files.getPosixFilePermissions(file.path());
    } catch (IOException e) {
      LOG.debug("Cannot read the mode of {}: {}", file.path(), e.toString());
      return;
    }
    boolean readableByOthers =
        mode.contains(PosixFilePermission.GROUP_READ)
            || mode.contains(PosixFilePermission.OTHERS_READ);
    if (readableByOthers && warnedAboutMode.compareAndSet(false, true)) {
      LOG.warn(
          "API key file {} is readable by other users; restrict it with: chmod 600 {}",
          file.path(),
          file.path());
    }
  }

  @Override
  public String toString() {
    return "FileApiKeyStore[" + file.path() + "]";
  }
}

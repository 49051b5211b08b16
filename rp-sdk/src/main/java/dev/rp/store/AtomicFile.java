package dev.rp.store;

import dev.rp.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text file that is replaced atomically under a lock shared by every thread and process using it.
 *
 * <p>The lock is a {@link FileLock} on a sibling file named after this one plus {@code .lock}, held
 * together with an in-process lock, because one JVM cannot hold two overlapping file locks. The
 * lock file stays in place: deleting it would let a process lock the old file while another locks a
 * new one. Only processes that take this lock are excluded; the Python rp takes none.
 *
 * <p>A replacement writes a temporary file in the same folder, flushes it to disk and renames it
 * over the file, so readers see the old content or the new, never a part.
 */
final class AtomicFile {

  private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);

  /** How long an update waits for another thread or process to release the lock. */
  static final Duration LOCK_TIMEOUT = Duration.ofSeconds(30);

  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER =
      PosixFilePermissions.fromString("rwx------");

  // Keyed by the lock file's absolute path, and shared by every instance in this class loader.
  private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS_LOCKS =
      new ConcurrentHashMap<>();

  private final Path file;
  private final Path lockFile;

  AtomicFile(Path file) {
    this.file = file.toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
  }

  Path path() {
    return file;
  }

  /**
   * Returns the file's text without a leading byte-order mark, or empty when the file is missing.
   *
   * @throws StoreException when the file exists but cannot be read or is not UTF-8
   */
  Optional<String> read() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StoreException("Cannot read " + file + ": " + reason(e) + ".", file, e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new StoreException(
          "Cannot read " + file + ": it is not UTF-8 text. Fix it or move it aside.", file, e);
    }
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /**
   * Runs {@code action} while holding this file's lock, creating the folder when it is missing.
   *
   * @throws IllegalStateException when the calling thread already holds this lock, because the
   *     outer update would then overwrite what the inner one saved
   * @throws StoreException when the lock cannot be taken within {@link #LOCK_TIMEOUT}
   */
  <T> T locked(Supplier<T> action) {
    ReentrantLock inProcess =
        IN_PROCESS_LOCKS.computeIfAbsent(lockFile, key -> new ReentrantLock());
    if (inProcess.isHeldByCurrentThread()) {
      throw new IllegalStateException(
          "An update of "
              + file
              + " started inside another update of the same file. Make both changes in one"
              + " update.");
    }
    long deadline = System.nanoTime() + LOCK_TIMEOUT.toNanos();
    try {
      if (!inProcess.tryLock(LOCK_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS)) {
        throw lockTimeout();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while waiting for the lock on " + file + ".", file, e);
    }
    try {
      createFolder();
      try (FileChannel channel = openLockFile()) {
        FileLock lock = acquire(channel, deadline);
        try {
          return action.get();
        } finally {
          lock.release();
        }
      } catch (IOException e) {
        throw new StoreException(
            "Cannot lock " + file + " through " + lockFile + ": " + reason(e) + ".", file, e);
      }
    } finally {
      inProcess.unlock();
    }
  }

  private FileChannel openLockFile() throws IOException {
    Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return FileChannel.open(lockFile, options, ownerOnly(OWNER_ONLY_FILE));
  }

  private FileLock acquire(FileChannel channel, long deadline) throws IOException {
    long pauseMillis = 1;
    while (true) {
      try {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          return lock;
        }
      } catch (OverlappingFileLockException e) {
        // Another class loader in this JVM holds the lock through its own copy of this class.
      }
      if (System.nanoTime() > deadline) {
        throw lockTimeout();
      }
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException(
            "Interrupted while waiting for the lock on " + file + ".", file, e);
      }
      pauseMillis = Math.min(pauseMillis * 2, 16);
    }
  }

  private StoreException lockTimeout() {
    return new StoreException(
        "Timed out after "
            + LOCK_TIMEOUT.toSeconds()
            + " s waiting for the lock on "
            + file
            + ", which another rp process or thread holds. Try again once it has finished.",
        file);
  }

  /**
   * Replaces the file's content with {@code text}. Call only while holding the lock.
   *
   * <p>On POSIX file systems a new file gets mode 0600 from its creation on, and an existing one
   * keeps its mode unless {@code ownerOnly} is true, which sets 0600. A symbolic link is followed,
   * so the file it points to is replaced and the link stays.
   *
   * @throws StoreException when the file cannot be written
   */
  void replace(String text, boolean ownerOnly) {
    Path target = file;
    Path temp = null;
    try {
      if (Files.isSymbolicLink(file)) {
        target = file.toRealPath();
      }
      Set<PosixFilePermission> mode = ownerOnly ? OWNER_ONLY_FILE : modeOf(target);
      String prefix = "." + target.getFileName() + ".";
      temp = Files.createTempFile(target.getParent(), prefix, ".tmp", ownerOnly(OWNER_ONLY_FILE));
      if (isPosix() && !mode.equals(OWNER_ONLY_FILE)) {
        Files.setPosixFilePermissions(temp, mode);
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      move(temp, target);
      temp = null;
      syncFolder(target.getParent());
      LOG.debug("Wrote {}", target);
    } catch (IOException e) {
      throw new StoreException("Cannot write " + target + ": " + reason(e) + ".", target, e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private Set<PosixFilePermission> modeOf(Path target) throws IOException {
    if (!isPosix() || !Files.exists(target)) {
      return OWNER_ONLY_FILE;
    }
    return Files.getPosixFilePermissions(target);
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  // Makes the rename itself durable; folders cannot be opened this way on Windows.
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      LOG.debug("Cannot flush folder {} to disk: {}", folder, e.toString());
    }
  }

  private void createFolder() {
    Path folder = file.getParent();
    if (Files.isDirectory(folder)) {
      return;
    }
    try {
      Files.createDirectories(folder, ownerOnly(OWNER_ONLY_FOLDER));
      LOG.debug("Created folder {}", folder);
    } catch (IOException e) {
      throw new StoreException(
          "Cannot create folder " + folder + " for " + file + ": " + reason(e) + ".", file, e);
    }
  }

  private FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> mode) {
    if (!isPosix()) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)};
  }

  private boolean isPosix() {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      LOG.debug("Cannot delete temporary file {}: {}", temp, e.toString());
    }
  }

  /** Returns why {@code e} happened in a few words, without repeating the path. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied (check the owner and mode of the file and its folder)";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.toString();
  }
}

package dev.rp.ssh;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File steps for SSH config files: atomic replacement that keeps mode and owner, a cross-process
 * lock, and the checks that tell whether rp may write a file.
 */
final class ConfigFiles {

  private static final Logger log = LoggerFactory.getLogger(ConfigFiles.class);

  /** Mode of files rp creates: readable and writable by the owner only, as ssh expects. */
  static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

  /** Mode of folders rp creates, such as a missing {@code ~/.ssh}. */
  static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");

  /**
   * Locks per lock file within this JVM, because a second {@link FileChannel#lock()} on the same
   * file from the same JVM throws instead of waiting.
   */
  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private ConfigFiles() {}

  /** Step that may fail with an {@link IOException}. */
  @FunctionalInterface
  interface IoAction<T> {
    /** Runs the step. */
    T run() throws IOException;
  }

  /**
   * Runs {@code action} while holding an exclusive lock on {@code lockFile}, which is created (mode
   * 0600) when missing. The lock excludes other threads and other processes.
   */
  static <T> T withLock(Path lockFile, IoAction<T> action) throws IOException {
    Path key = lockFile.toAbsolutePath().normalize();
    ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
    jvmLock.lock();
    try (FileChannel channel =
            FileChannel.open(
                key,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(FILE_MODE));
        FileLock fileLock = channel.lock()) {
      return action.run();
    } finally {
      jvmLock.unlock();
    }
  }

  /** Creates {@code file} empty with mode 0600 when it does not exist. */
  static void createPrivateFile(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_MODE));
    } catch (FileAlreadyExistsException e) {
      // Kept as it is, with its mode.
    }
  }

  /** Creates {@code folder} and its missing parents with mode 0700. */
  static void createFolder(Path folder) throws IOException {
    Path absolute = folder.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return;
    }
    createFolder(absolute.getParent());
    try {
      Files.createDirectory(absolute);
    } catch (FileAlreadyExistsException e) {
      if (Files.isDirectory(absolute)) {
        return; // Another process created it between the check and here.
      }
      throw e;
    }
    setMode(absolute, FOLDER_MODE);
  }

  /**
   * Throws {@link AccessDeniedException} unless rp may replace {@code file}: the file, when it
   * exists, and its folder must be writable and have the owner's write bit set. The mode bit counts
   * even for root, which could write anyway, so a config made read-only on purpose stays as it is.
   */
  static void requireWritable(Path file) throws IOException {
    requireWritableEntry(file.toAbsolutePath().getParent());
    if (Files.exists(file)) {
      requireWritableEntry(file);
    }
  }

  private static void requireWritableEntry(Path path) throws IOException {
    boolean ownerWrite =
        !isPosix(path)
            || Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
    if (!ownerWrite || !Files.isWritable(path)) {
      throw new AccessDeniedException(path.toString(), null, "read-only");
    }
  }

  /**
   * Replaces {@code file} with {@code content}: writes a temporary file in the same folder, syncs
   * it, renames it over {@code file} and syncs the folder. An existing file's mode and owner carry
   * over; a new file gets mode 0600.
   */
  static void writeAtomically(Path file, byte[] content) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
    try {
      copyAttributes(file, temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    syncFolder(folder);
  }

  private static void copyAttributes(Path from, Path to) throws IOException {
    if (!isPosix(to)) {
      return;
    }
    if (!Files.exists(from)) {
      setMode(to, FILE_MODE);
      return;
    }
    PosixFileAttributes source = Files.readAttributes(from, PosixFileAttributes.class);
    setMode(to, source.permissions());
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    try {
      if (!source.owner().equals(target.getOwner())) {
        target.setOwner(source.owner());
      }
      target.setGroup(source.group());
    } catch (IOException notPermitted) {
      // Only root may give a file away; anyone else writes files they own anyway.
      log.debug("Could not keep owner and group of {}: {}", from, notPermitted.toString());
    }
  }

  private static void setMode(Path path, Set<PosixFilePermission> mode) throws IOException {
    // Set after creation, because the mode given at creation is narrowed by the umask.
    if (isPosix(path)) {
      Files.setPosixFilePermissions(path, mode);
    }
  }

  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException unsupported) {
      // Some platforms cannot open a folder for syncing; the rename itself is still atomic.
      log.debug("Could not sync folder {}: {}", folder, unsupported.toString());
    }
  }

  private static boolean isPosix(Path path) {
    return Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
        != null;
  }
}

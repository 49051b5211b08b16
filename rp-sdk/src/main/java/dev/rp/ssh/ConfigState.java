package dev.rp.ssh;

import dev.rp.SshException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's SSH config and rp's own file as read at one moment, changed in memory and then saved.
 * Callers hold the manager's lock between {@link #read} and {@link #save}.
 */
final class ConfigState {

  private static final Logger log = LoggerFactory.getLogger(ConfigState.class);

  /** Change made to the state while the lock is held. */
  @FunctionalInterface
  interface Edit<T> {
    /** Applies the change to {@code state} and returns the caller's result. */
    T apply(ConfigState state);
  }

  private final SshConfigManager manager;
  private final Path userTarget;
  private final ConfigText userText;
  private final boolean userWritable;
  private final byte[] managedBefore;
  private final List<ManagedBlock> blocks;
  private final List<HostBlocks.Managed> legacy;
  private final Set<Integer> userLinesToRemove = new HashSet<>();
  private final Set<String> removedPodIds = new HashSet<>();
  private final List<HostBlocks.Managed> legacyLeftBehind = new ArrayList<>();
  private int migratedBlocks;

  private ConfigState(
      SshConfigManager manager,
      Path userTarget,
      ConfigText userText,
      boolean userWritable,
      byte[] managedBefore,
      List<ManagedBlock> blocks,
      List<HostBlocks.Managed> legacy) {
    this.manager = manager;
    this.userTarget = userTarget;
    this.userText = userText;
    this.userWritable = userWritable;
    this.managedBefore = managedBefore;
    this.blocks = new ArrayList<>(blocks);
    this.legacy = legacy;
  }

  /** Reads both files of {@code manager}; a missing file reads as empty. */
  static ConfigState read(SshConfigManager manager) throws IOException {
    Path home = manager.paths().home();
    Path userTarget = resolveLinks(manager.userConfig());
    ConfigText userText = ConfigText.of(readIfExists(userTarget).orElse(new byte[0]));
    byte[] managed = readIfExists(manager.managedConfig()).orElse(null);
    List<ManagedBlock> blocks =
        managed == null
            ? List.of()
            : ManagedConfigFile.parse(managed, home, manager.identityFile(), Instant.EPOCH);
    List<HostBlocks.Managed> legacy =
        HostBlocks.managed(userText, home, manager.identityFile(), Instant.EPOCH);
    return new ConfigState(
        manager, userTarget, userText, isWritable(userTarget), managed, blocks, legacy);
  }

  /** Returns the entries after the changes so far, in file order. */
  List<ManagedBlock> blocks() {
    return List.copyOf(blocks);
  }

  /** Returns the number of the Python rp's blocks that {@link #migrateLegacy} moved. */
  int migratedBlocks() {
    return migratedBlocks;
  }

  /** Adds the Python rp's entries to this state's entries, without changing the user's config. */
  void mergeLegacy() {
    for (HostBlocks.Managed found : legacy) {
      found.block().ifPresent(this::merge);
    }
  }

  /**
   * Moves the Python rp's entries from the user's config into rp's file, unless the user's config
   * is read-only, in which case both stay as they are.
   */
  void migrateLegacy() {
    if (!userWritable) {
      return;
    }
    for (HostBlocks.Managed found : legacy) {
      if (found.block().isEmpty()) {
        // Without HostName, Port and User the block is not one rp can rewrite; it stays.
        continue;
      }
      merge(found.block().get());
      for (int i = found.range().start(); i < found.range().end(); i++) {
        userLinesToRemove.add(i);
      }
      migratedBlocks++;
    }
  }

  /** Adds {@code block}, or replaces the entry of its alias in place. */
  void put(ManagedBlock block) {
    for (int i = 0; i < blocks.size(); i++) {
      ManagedEntry current = blocks.get(i).entry();
      if (current.alias().equals(block.entry().alias())) {
        removedPodIds.add(current.podId());
        List<String> extraLines = blocks.get(i).extraLines();
        blocks.set(i, new ManagedBlock(block.entry(), block.identityFile(), extraLines));
        return;
      }
    }
    blocks.add(block);
  }

  /** Removes the entries that match {@code filter} and returns how many there were. */
  int removeIf(Predicate<ManagedEntry> filter) {
    int before = blocks.size();
    blocks.removeIf(
        block -> {
          boolean drop = filter.test(block.entry());
          if (drop) {
            removedPodIds.add(block.entry().podId());
          }
          return drop;
        });
    int removed = before - blocks.size();
    if (!userWritable) {
      for (HostBlocks.Managed found : legacy) {
        if (found.block().isPresent() && filter.test(found.block().get().entry())) {
          legacyLeftBehind.add(found);
          removed++;
        }
      }
    }
    return removed;
  }

  /**
   * Writes what changed: rp's file first, then the user's config (rp's {@code Include} line and the
   * removal of migrated blocks), then drops the host keys of pods that have no entry left.
   *
   * @param manualStep what the user can do by hand when rp's file cannot be written
   */
  void save(String manualStep) throws IOException {
    Path managedConfig = manager.managedConfig();
    byte[] rendered =
        ManagedConfigFile.render(blocks, manager.userConfig(), manager.knownHostsFile());
    boolean managedExists = managedBefore != null;
    if ((managedExists || !blocks.isEmpty()) && !Arrays.equals(rendered, managedBefore)) {
      ConfigFiles.requireWritable(managedConfig);
      ConfigFiles.writeAtomically(managedConfig, rendered);
      managedExists = true;
      log.debug("Wrote {} SSH entries to {}", blocks.size(), managedConfig);
    }
    saveUserConfig(managedExists);
    Set<String> stillUsed =
        blocks.stream().map(block -> block.entry().podId()).collect(Collectors.toSet());
    removedPodIds.removeAll(stillUsed);
    try {
      forgetHostKeys(manager, removedPodIds);
    } catch (IOException e) {
      // A stale key of a pod that is gone does no harm, because callers remove a pod's key before
      // each first contact.
      log.debug("Could not remove the host keys of pods {}", removedPodIds, e);
    }
    if (!legacyLeftBehind.isEmpty()) {
      throw new SshException(leftBehindMessage());
    }
  }

  private void saveUserConfig(boolean managedExists) {
    ConfigText updated = userText.withoutLines(userLinesToRemove);
    boolean includeMissing = managedExists && !hasInclude();
    if (includeMissing) {
      updated = updated.withFirstLine(manager.includeLine());
    }
    if (Arrays.equals(updated.toBytes(), userText.toBytes())) {
      return;
    }
    try {
      ConfigFiles.createFolder(userTarget.getParent());
      ConfigFiles.requireWritable(userTarget);
      ConfigFiles.writeAtomically(userTarget, updated.toBytes());
      log.debug(
          "Updated {}: {} migrated blocks removed, Include added: {}",
          userTarget,
          migratedBlocks,
          includeMissing);
    } catch (IOException e) {
      if (includeMissing) {
        throw new SshException(
            "Could not add rp's Include line to "
                + manager.userConfig()
                + ": "
                + reason(e)
                + ". rp's entries are in "
                + manager.managedConfig()
                + "; add this line at the top of "
                + manager.userConfig()
                + " by hand:\n\n"
                + manager.includeLine()
                + "\n",
            e);
      }
      // Only the removal of migrated blocks failed. The Include line is already there, so rp's
      // copies come first and apply; the next change tries the removal again.
      log.debug("Could not remove migrated blocks from {}", userTarget, e);
    }
  }

  /**
   * Removes rp's {@code Include} line from the user's config.
   *
   * @return whether the line was there
   */
  boolean removeInclude() throws IOException {
    List<Integer> includeLines = new ArrayList<>();
    for (int i = 0; i < userText.size(); i++) {
      ConfigLine line = userText.parsed(i);
      if (line.is("include") && line.arguments().size() == 1 && namesManagedConfig(line)) {
        includeLines.add(i);
      }
    }
    if (includeLines.isEmpty()) {
      return false;
    }
    ConfigFiles.requireWritable(userTarget);
    ConfigFiles.writeAtomically(userTarget, userText.withoutLines(includeLines).toBytes());
    log.debug("Removed rp's Include line from {}", userTarget);
    return true;
  }

  /**
   * Removes the host keys pinned for {@code podIds} from the manager's known-hosts file, which the
   * caller has locked.
   *
   * @return the number of lines removed
   */
  static int forgetHostKeys(SshConfigManager manager, Set<String> podIds) throws IOException {
    Path file = manager.knownHostsFile();
    Optional<byte[]> content = readIfExists(file);
    if (podIds.isEmpty() || content.isEmpty()) {
      return 0;
    }
    ConfigText before = ConfigText.of(content.get());
    ConfigText after = before;
    for (String podId : podIds) {
      after = KnownHosts.withoutHost(after, SshConfigManager.hostKeyAlias(podId));
    }
    int removed = before.size() - after.size();
    if (removed > 0) {
      ConfigFiles.requireWritable(file);
      ConfigFiles.writeAtomically(file, after.toBytes());
      log.debug("Removed {} pinned host keys of pods {} from {}", removed, podIds, file);
    }
    return removed;
  }

  /** Returns the reason of {@code e} in words, with the file at fault. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return ((AccessDeniedException) e).getFile() + " is read-only";
    }
    if (e instanceof NoSuchFileException) {
      return ((NoSuchFileException) e).getFile() + " does not exist";
    }
    if (e instanceof FileSystemException) {
      FileSystemException failure = (FileSystemException) e;
      String detail =
          failure.getReason() == null ? e.getClass().getSimpleName() : failure.getReason();
      return failure.getFile() + ": " + detail;
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  private void merge(ManagedBlock incoming) {
    for (int i = 0; i < blocks.size(); i++) {
      ManagedEntry current = blocks.get(i).entry();
      if (current.alias().equals(incoming.entry().alias())) {
        if (incoming.entry().updated().isAfter(current.updated())) {
          blocks.set(i, incoming);
        }
        return;
      }
    }
    blocks.add(incoming);
  }

  private boolean hasInclude() {
    for (int i = 0; i < userText.size(); i++) {
      ConfigLine line = userText.parsed(i);
      if (line.is("include") && namesManagedConfig(line)) {
        return true;
      }
    }
    return false;
  }

  private boolean namesManagedConfig(ConfigLine include) {
    UserHosts hosts = new UserHosts(manager.paths().home(), manager.managedConfig());
    return include.arguments().stream()
        .anyMatch(argument -> hosts.namesExactly(argument, manager.managedConfig()));
  }

  private String leftBehindMessage() {
    StringBuilder message =
        new StringBuilder("Could not remove the entries the Python rp wrote to ")
            .append(manager.userConfig())
            .append(", because it is read-only. Delete these lines from it by hand:");
    for (HostBlocks.Managed found : legacyLeftBehind) {
      message
          .append("\n  lines ")
          .append(found.range().start() + 1)
          .append(" to ")
          .append(found.range().end())
          .append(" ('")
          .append(userText.displayLine(found.range().start()))
          .append("')");
    }
    return message.toString();
  }

  private static boolean isWritable(Path file) {
    try {
      ConfigFiles.requireWritable(file);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<byte[]> readIfExists(Path file) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Follows symbolic links from {@code path} to the file they end at, which may not exist. */
  static Path resolveLinks(Path path) throws IOException {
    Path current = path.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(current); hops++) {
      if (hops == 40) {
        throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
      }
      current = current.getParent().resolve(Files.readSymbolicLink(current)).normalize();
    }
    return current;
  }
}

package dev.rp.ssh;

import dev.rp.AlreadyExistsException;
import dev.rp.RpPaths;
import dev.rp.SshException;
import dev.rp.pods.SshEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one SSH host entry per pod, so that {@code ssh <alias>} reaches the pod.
 *
 * <p>rp writes its entries to a file of its own, {@code rp_config} next to the user's SSH config
 * (by default {@code ~/.ssh/rp_config}), and adds one line at the very top of the user's config:
 * {@code Include <absolute path of rp_config>}. OpenSSH uses the first value it finds for each
 * option, so rp's entries win over the user's {@code Host *} and {@code Match} defaults, while the
 * user's own lines stay byte for byte as they were. The only other change rp makes to the user's
 * config is moving the blocks that the Python rp wrote there (marked {@code # rp:managed}) into
 * rp's file, once.
 *
 * <p>Each entry pins the pod's host key under its own name, {@code HostKeyAlias rp-<pod id>}, in
 * {@code rp_known_hosts} next to {@code rp_config}, with {@code StrictHostKeyChecking accept-new}:
 * the first connection records the key without a prompt and a changed key is rejected afterwards.
 * RunPod reuses IP addresses and ports across pods, and a pod that starts again is a fresh
 * container with a fresh key, so callers {@link #forgetHostKey forget} the key after each create
 * and start. {@code ~/.ssh/known_hosts} is never written.
 *
 * <p>Every change runs under an exclusive lock on {@code rp_config.lock}, reads the files inside
 * the lock and replaces them atomically. All paths written are absolute, because {@code ~} in a
 * config means {@code $HOME}, which may differ from the home folder {@code ssh} reads its default
 * config from.
 *
 * <p>NOTE: the Python rp reads and writes only the user's config, so after switching back to it,
 * call {@link #uninstall()} (or delete the {@code Include} line). Otherwise rp's older entries,
 * which come first, hide the blocks the Python rp writes for the same aliases.
 *
 * <pre>{@code
 * SshConfigManager ssh = SshConfigManager.create(RpPaths.fromEnvironment());
 * ssh.ensureAliasAvailable("dev-1");
 * // ... create the pod ...
 * ssh.forgetHostKey(pod.id());
 * ssh.upsert("dev-1", pod.id(), SshEndpoint.of("203.0.113.7", 40022, "root"));
 * }</pre>
 */
public final class SshConfigManager {

  private static final Logger log = LoggerFactory.getLogger(SshConfigManager.class);

  /** File name of rp's own SSH config, next to the user's config. */
  public static final String MANAGED_CONFIG_NAME = "rp_config";

  /** File name of rp's own known-hosts file, next to the user's config. */
  public static final String KNOWN_HOSTS_NAME = "rp_known_hosts";

  private final RpPaths paths;
  private final Path identityFile;
  private final Clock clock;
  private final Path userConfig;
  private final Path managedConfig;
  private final Path knownHosts;
  private final Path lockFile;

  SshConfigManager(RpPaths paths, Path identityFile, Clock clock) {
    this.paths = paths;
    this.identityFile = identityFile.toAbsolutePath().normalize();
    this.clock = clock;
    this.userConfig = paths.sshConfig().toAbsolutePath().normalize();
    Path folder = userConfig.getParent();
    this.managedConfig = folder.resolve(MANAGED_CONFIG_NAME);
    this.knownHosts = folder.resolve(KNOWN_HOSTS_NAME);
    this.lockFile = folder.resolve(MANAGED_CONFIG_NAME + ".lock");
  }

  /** Returns a manager of {@code paths}, whose entries name {@link RpPaths#identityFile()}. */
  public static SshConfigManager create(RpPaths paths) {
    return create(paths, paths.identityFile());
  }

  /** Returns a manager of {@code paths} whose entries name the private key {@code identityFile}. */
  public static SshConfigManager create(RpPaths paths, Path identityFile) {
    return new SshConfigManager(paths, identityFile, Clock.systemUTC());
  }

  /** Returns the name under which a pod's host key is pinned: {@code rp-<podId>}. */
  public static String hostKeyAlias(String podId) {
    return "rp-" + ConfigValues.requirePodId(podId);
  }

  /** Returns the user's SSH config, which includes rp's file. */
  public Path userConfig() {
    return userConfig;
  }

  /** Returns rp's own SSH config, {@code rp_config} next to the user's config. */
  public Path managedConfig() {
    return managedConfig;
  }

  /** Returns rp's known-hosts file, {@code rp_known_hosts} next to the user's config. */
  public Path knownHostsFile() {
    return knownHosts;
  }

  /** Returns the private key that new entries name as {@code IdentityFile}. */
  public Path identityFile() {
    return identityFile;
  }

  /** Returns the line rp adds at the top of the user's config. */
  public String includeLine() {
    return "Include " + ConfigValues.includeArgument(managedConfig);
  }

  /**
   * Checks that {@code alias} is not one of the user's own SSH hosts, before a pod takes it.
   *
   * <p>A host is the user's when a {@code Host} line in the user's config, or in a file it
   * includes, names the alias exactly or with a glob pattern such as {@code dev-*}. {@code Host *}
   * and blocks rp wrote do not count. {@code Match} blocks are not checked.
   *
   * @throws AlreadyExistsException naming the file and line of the user's entry
   * @throws dev.rp.InvalidInputException when {@code alias} is not a plain host name
   */
  public void ensureAliasAvailable(String alias) {
    ConfigValues.requireAlias(alias);
    Optional<UserHosts.Declaration> declaration =
        new UserHosts(paths.home(), managedConfig).find(userConfig, alias);
    if (declaration.isPresent()) {
      UserHosts.Declaration found = declaration.get();
      throw new AlreadyExistsException(
          "Alias '"
              + alias
              + "' is already an SSH host of yours: "
              + found.file()
              + " line "
              + found.lineNumber()
              + " has '"
              + found.text()
              + "'. rp does not shadow your own hosts; choose another alias or remove that"
              + " entry.");
    }
  }

  /**
   * Adds or replaces the entry of {@code alias}, pointing it at {@code endpoint}, and makes sure
   * the user's config includes rp's file.
   *
   * @return the entry as written
   * @throws AlreadyExistsException when the alias is one of the user's own hosts
   * @throws dev.rp.InvalidInputException when a value cannot be written into an SSH config
   * @throws SshException when a file cannot be written; the message contains the lines to add by
   *     hand
   */
  public ManagedEntry upsert(String alias, String podId, SshEndpoint endpoint) {
    ManagedBlock block = newBlock(alias, podId, endpoint);
    String manualStep =
        "Add these lines at the top of " + userConfig + " by hand:\n\n" + block.render(knownHosts);
    return change(
        manualStep,
        session -> {
          ensureAliasAvailable(alias);
          session.put(block);
          log.debug(
              "SSH host {} points at {}:{} for pod {}",
              alias,
              endpoint.host(),
              endpoint.port(),
              podId);
          return block.entry();
        });
  }

  /**
   * Removes the entry of {@code alias} and the host key pinned for its pod, unless another entry
   * names the same pod.
   *
   * @return whether there was an entry
   * @throws SshException when a file cannot be written
   */
  public boolean remove(String alias) {
    String manualStep = "Delete the 'Host " + alias + "' block from " + managedConfig + " by hand.";
    return change(manualStep, session -> session.removeIf(entry -> entry.alias().equals(alias)))
        > 0;
  }

  /**
   * Removes every entry whose alias is not in {@code aliases}, with the host keys pinned for them.
   *
   * @return the aliases removed, sorted
   * @throws SshException when a file cannot be written
   */
  public List<String> retainOnly(Set<String> aliases) {
    Set<String> retained = Set.copyOf(aliases);
    List<String> removed = new ArrayList<>();
    String manualStep =
        "Delete the Host blocks of aliases other than "
            + new TreeSet<>(retained)
            + " from "
            + managedConfig
            + " by hand.";
    change(
        manualStep,
        session ->
            session.removeIf(
                entry -> {
                  boolean drop = !retained.contains(entry.alias());
                  if (drop) {
                    removed.add(entry.alias());
                  }
                  return drop;
                }));
    return removed.stream().sorted().collect(Collectors.toList());
  }

  /**
   * Returns rp's entries in file order, with the Python rp's entries in the user's config that are
   * not migrated yet. When both files hold an alias, the entry updated last counts.
   *
   * @throws SshException when a file cannot be read
   */
  public List<ManagedEntry> entries() {
    try {
      ConfigState state = ConfigState.read(this);
      state.mergeLegacy();
      return state.blocks().stream().map(ManagedBlock::entry).collect(Collectors.toList());
    } catch (IOException e) {
      throw new SshException("Could not read the SSH config: " + ConfigState.reason(e), e);
    }
  }

  /**
   * Returns the entry of {@code alias}, if any.
   *
   * @throws SshException when a file cannot be read
   */
  public Optional<ManagedEntry> find(String alias) {
    return entries().stream().filter(entry -> entry.alias().equals(alias)).findFirst();
  }

  /**
   * Moves the entries the Python rp wrote into the user's config to rp's file, and removes them
   * from the user's config. Changes run this first; a second run changes nothing.
   *
   * @return the number of blocks removed from the user's config
   * @throws SshException when a file cannot be written
   */
  public int migrateLegacyEntries() {
    return change(
        "Move the blocks marked '# rp:managed' from " + userConfig + " to " + managedConfig + ".",
        ConfigState::migratedBlocks);
  }

  /**
   * Removes the host key pinned for {@code podId}, so that the next connection records the key of
   * the pod's new container without a prompt.
   *
   * @return whether a key was pinned
   * @throws SshException when the known-hosts file cannot be written
   */
  public boolean forgetHostKey(String podId) {
    String alias = hostKeyAlias(podId);
    if (!Files.exists(knownHosts)) {
      // Only ssh creates the file, on first contact, so there is no key to remove yet.
      return false;
    }
    try {
      ConfigFiles.requireWritable(lockFile);
      return ConfigFiles.withLock(lockFile, () -> ConfigState.forgetHostKeys(this, Set.of(podId)))
          > 0;
    } catch (IOException e) {
      throw new SshException(
          "Could not remove the host key of pod "
              + podId
              + " from "
              + knownHosts
              + ": "
              + ConfigState.reason(e)
              + ". Run 'ssh-keygen -R "
              + alias
              + " -f "
              + knownHosts
              + "' by hand.",
          e);
    }
  }

  /**
   * Removes rp's {@code Include} line from the user's config, leaving the rest of it byte for byte
   * as it is, so that rp's entries no longer apply. rp's own files stay.
   *
   * @return whether the line was there
   * @throws SshException when the user's config cannot be written
   */
  public boolean uninstall() {
    if (!Files.exists(userConfig)) {
      return false;
    }
    try {
      ConfigFiles.requireWritable(lockFile);
      return ConfigFiles.withLock(lockFile, () -> ConfigState.read(this).removeInclude());
    } catch (IOException e) {
      throw new SshException(
          "Could not remove the line '"
              + includeLine()
              + "' from "
              + userConfig
              + ": "
              + ConfigState.reason(e)
              + ". Delete it by hand.",
          e);
    }
  }

  /**
   * Returns the {@code Host} block rp would write for the pod, for a user to add by hand when rp
   * cannot write the files itself.
   *
   * @throws dev.rp.InvalidInputException when a value cannot be written into an SSH config
   */
  public String manualLines(String alias, String podId, SshEndpoint endpoint) {
    return newBlock(alias, podId, endpoint).render(knownHosts);
  }

  RpPaths paths() {
    return paths;
  }

  Clock clock() {
    return clock;
  }

  Path lockFile() {
    return lockFile;
  }

  private ManagedBlock newBlock(String alias, String podId, SshEndpoint endpoint) {
    ConfigValues.requireEndpoint(endpoint);
    ManagedEntry entry =
        ManagedEntry.builder()
            .alias(ConfigValues.requireAlias(alias))
            .podId(ConfigValues.requirePodId(podId))
            .updated(clock.instant().truncatedTo(ChronoUnit.SECONDS))
            .host(endpoint.host())
            .port(endpoint.port())
            .user(endpoint.username())
            .build();
    return new ManagedBlock(entry, identityFile, List.of());
  }

  /**
   * Runs {@code edit} on the current state under the lock, after migrating the Python rp's entries,
   * then saves the state.
   */
  private <T> T change(String manualStep, ConfigState.Edit<T> edit) {
    try {
      ConfigFiles.createFolder(managedConfig.getParent());
      ConfigFiles.requireWritable(lockFile);
      // ssh itself would create the known-hosts file with the umask's mode, usually 0644.
      ConfigFiles.createPrivateFile(knownHosts);
      return ConfigFiles.withLock(
          lockFile,
          () -> {
            ConfigState state = ConfigState.read(this);
            state.migrateLegacy();
            T result = edit.apply(state);
            state.save(manualStep);
            return result;
          });
    } catch (IOException e) {
      throw new SshException(
          "Could not write " + managedConfig + ": " + ConfigState.reason(e) + ". " + manualStep, e);
    }
  }
}

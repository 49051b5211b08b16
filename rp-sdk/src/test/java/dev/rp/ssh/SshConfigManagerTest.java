package dev.rp.ssh;

import static dev.rp.ssh.OpenSsh.read;
import static dev.rp.ssh.OpenSsh.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.AlreadyExistsException;
import dev.rp.InvalidInputException;
import dev.rp.RpPaths;
import dev.rp.SshException;
import dev.rp.pods.SshEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SshConfigManagerTest {

  private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
  private static final SshEndpoint POD = SshEndpoint.of("203.0.113.7", 40022, "root");

  @TempDir Path home;

  private Path config;
  private SshConfigManager ssh;

  @BeforeEach
  void setUp() {
    config = home.resolve(".ssh/config");
    ssh = manager(home);
  }

  private static SshConfigManager manager(Path home) {
    RpPaths paths = OpenSsh.paths(home);
    return new SshConfigManager(paths, paths.identityFile(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private byte[] bytes(Path file) throws IOException {
    return Files.readAllBytes(file);
  }

  private byte[] concat(String first, byte[] rest) {
    byte[] head = first.getBytes(UTF_8);
    byte[] all = new byte[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return all;
  }

  @Nested
  @DisplayName("the user's config keeps its bytes")
  class UserBytes {

    @Test
    void upsert_crlfFile_insertsIncludeWithCrlf() throws IOException {
      byte[] original =
          "Host a\r\n\tHostName a.example\r\n# note\r\nHost b\r\n  User bob".getBytes(UTF_8);
      write(config, original);

      ssh.upsert("dev-1", "abc123", POD);

      assertThat(bytes(config)).isEqualTo(concat(ssh.includeLine() + "\r\n", original));
    }

    @Test
    void upsert_noTrailingNewline_keepsItThatWay() throws IOException {
      byte[] original = "Host a\n  Port 2".getBytes(UTF_8);
      write(config, original);

      ssh.upsert("dev-1", "abc123", POD);

      assertThat(bytes(config)).isEqualTo(concat(ssh.includeLine() + "\n", original));
    }

    @Test
    void upsert_nonUtf8Bytes_survive() throws IOException {
      byte[] original = {
        '#', ' ', (byte) 0xe9, (byte) 0xff, '\n', 'H', 'o', 's', 't', ' ', 'x', '\n'
      };
      write(config, original);

      ssh.upsert("dev-1", "abc123", POD);

      assertThat(bytes(config)).isEqualTo(concat(ssh.includeLine() + "\n", original));
    }

    @Test
    void upsert_missingConfig_createsItWithIncludeOnly() throws IOException {
      ssh.upsert("dev-1", "abc123", POD);

      assertThat(read(config)).isEqualTo(ssh.includeLine() + "\n");
    }

    @Test
    void upsert_twice_insertsIncludeOnce() throws IOException {
      write(config, "Host a\n");

      ssh.upsert("dev-1", "abc123", POD);
      ssh.upsert("dev-2", "def456", POD);
      ssh.remove("dev-1");

      assertThat(read(config)).isEqualTo(ssh.includeLine() + "\nHost a\n");
    }

    @Test
    void upsert_includeTheUserMoved_isNotAddedAgain() throws IOException {
      String original = "Host a\n  Port 2\n\n" + ssh.includeLine() + "\n";
      write(config, original);

      ssh.upsert("dev-1", "abc123", POD);

      assertThat(read(config)).isEqualTo(original);
    }

    @Test
    void uninstall_afterUpsert_restoresOriginalBytes() throws IOException {
      byte[] original = "\tHost a # x\r\n\r\nMatch all\r\n  User z".getBytes(UTF_8);
      write(config, original);
      ssh.upsert("dev-1", "abc123", POD);

      assertThat(ssh.uninstall()).isTrue();

      assertThat(bytes(config)).isEqualTo(original);
      assertThat(ssh.uninstall()).isFalse();
    }

    @Test
    void remove_lastEntry_leavesUserBytesAlone() throws IOException {
      byte[] original = "Host a\n  Port 2\n".getBytes(UTF_8);
      write(config, original);
      ssh.upsert("dev-1", "abc123", POD);
      byte[] withInclude = bytes(config);

      assertThat(ssh.remove("dev-1")).isTrue();

      assertThat(bytes(config)).isEqualTo(withInclude);
      assertThat(ssh.entries()).isEmpty();
    }
  }

  static Stream<Arguments> userConfigs() {
    String defaults = "Host *\n  User alice\n  Port 2222\n";
    String userHost = "Host userhost\n  HostName u.example\n  Port 2200\n";
    return Stream.of(
        Arguments.of(
            "CRLF line endings",
            "Host *\r\n  User alice\r\n  Port 2222\r\nHost userhost\r\n  HostName u.example\r\n"),
        Arguments.of(
            "no trailing newline",
            "Host userhost\n  HostName u.example\nHost *\n  User alice\n  Port 2222"),
        Arguments.of(
            "lowercase keywords and '=' syntax",
            "host=userhost\n  hostname=u.example\nhost = *\n  user = alice\n  port=2222\n"),
        Arguments.of("the user's own Include", "Include ~/.ssh/config.d/*\n" + userHost),
        Arguments.of(
            "Match blocks before and after",
            "Match all\n  User alice\n" + userHost + "Match host *\n  Port 2222\n"),
        Arguments.of(
            "tabs and comments",
            "# my hosts\n\tHost userhost # office\n\t\tHostName u.example\n\n# defaults\n"
                + "Host *\n\tUser alice\n\tPort 2222\n"),
        Arguments.of(
            "Host * with User and Port first", defaults + "  ForwardAgent no\n" + userHost),
        Arguments.of(
            "top-level options before any Host",
            "User alice\nPort 2222\nStrictHostKeyChecking yes\n" + userHost));
  }

  @Nested
  @DisplayName("ssh -G resolves rp's entries first")
  class Precedence {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.rp.ssh.SshConfigManagerTest#userConfigs")
    void upsert_userConfig_podOptionsWinAndUserHostUnchanged(String name, String content) {
      write(config, content);
      write(home.resolve(".ssh/config.d/defaults"), "Host *\n  User alice\n  Port 2222\n");
      Map<String, String> userHostBefore = OpenSsh.resolve(home, config, "userhost");

      ssh.upsert("dev-1", "abc123", POD);

      Map<String, String> pod = OpenSsh.resolve(home, config, "dev-1");
      assertThat(pod.get("hostname")).isEqualTo("203.0.113.7");
      assertThat(pod.get("port")).isEqualTo("40022");
      assertThat(pod.get("user")).isEqualTo("root");
      assertThat(pod.get("hostkeyalias")).isEqualTo("rp-abc123");
      assertThat(pod.get("userknownhostsfile")).isEqualTo(ssh.knownHostsFile().toString());
      assertThat(pod.get("stricthostkeychecking")).isEqualTo("accept-new");
      assertThat(pod.get("identityfile")).isEqualTo(home.resolve(".ssh/runpod").toString());
      assertThat(pod.get("identitiesonly")).isEqualTo("yes");
      assertThat(pod.get("forwardagent")).isEqualTo("yes");
      assertThat(OpenSsh.resolve(home, config, "userhost")).isEqualTo(userHostBefore);
    }

    @Test
    void upsert_symlinkedConfig_podOptionsWin() throws IOException {
      Path target =
          write(home.resolve("dotfiles/ssh_config"), "Host *\n  User alice\n  Port 2222\n");
      Files.createDirectories(config.getParent());
      Files.createSymbolicLink(config, target);

      ssh.upsert("dev-1", "abc123", POD);

      Map<String, String> pod = OpenSsh.resolve(home, config, "dev-1");
      assertThat(pod.get("port")).isEqualTo("40022");
      assertThat(pod.get("user")).isEqualTo("root");
    }

    @Test
    void upsert_homeWithSpacesAndGlobCharacters_includeStillResolves() {
      Path odd = home.resolve("my home [1]");
      SshConfigManager manager = manager(odd);
      Path oddConfig = odd.resolve(".ssh/config");
      write(oddConfig, "Host *\n  Port 2222\n");

      manager.upsert("dev-1", "abc123", POD);

      Map<String, String> pod = OpenSsh.resolve(odd, oddConfig, "dev-1");
      assertThat(pod.get("port")).isEqualTo("40022");
      assertThat(pod.get("identityfile")).isEqualTo(odd.resolve(".ssh/runpod").toString());
      assertThat(read(oddConfig)).startsWith("Include \"");
    }

    @Test
    void upsert_identityFileWithPercent_isEscaped() {
      RpPaths paths = OpenSsh.paths(home);
      Path key = home.resolve("keys/100%/id");
      SshConfigManager manager = SshConfigManager.create(paths, key);

      manager.upsert("dev-1", "abc123", POD);

      assertThat(read(manager.managedConfig())).contains("IdentityFile " + home + "/keys/100%%/id");
      assertThat(manager.identityFile()).isEqualTo(key);
    }
  }

  @Nested
  @DisplayName("the user's own hosts are never shadowed")
  class UserHostConflicts {

    @Test
    void ensureAliasAvailable_exactHost_namesFileAndLine() {
      write(config, "# mine\nHost other\n  Port 1\nHost dev-1\n  HostName box.example\n");

      assertThatThrownBy(() -> ssh.ensureAliasAvailable("dev-1"))
          .isInstanceOf(AlreadyExistsException.class)
          .hasMessageContaining(config + " line 4")
          .hasMessageContaining("'Host dev-1'");
    }

    @Test
    void ensureAliasAvailable_globPattern_isAConflict() {
      write(config, "Host alpha dev-* beta\n  User me\n");

      assertThatThrownBy(() -> ssh.ensureAliasAvailable("dev-7"))
          .isInstanceOf(AlreadyExistsException.class)
          .hasMessageContaining("line 1");
      ssh.ensureAliasAvailable("prod-7");
    }

    @Test
    void ensureAliasAvailable_questionMarkPattern_isAConflict() {
      write(config, "Host gpu?\n");

      assertThatThrownBy(() -> ssh.ensureAliasAvailable("gpu1"))
          .isInstanceOf(AlreadyExistsException.class);
      ssh.ensureAliasAvailable("gpu12");
    }

    @Test
    void ensureAliasAvailable_differentCase_isAConflict() {
      write(config, "Host Dev-1\n");

      assertThatThrownBy(() -> ssh.ensureAliasAvailable("dev-1"))
          .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void ensureAliasAvailable_bareStar_isNoConflict() {
      write(config, "Host *\n  User alice\nHost **\n  Port 2\nhost=*\n");

      ssh.ensureAliasAvailable("dev-1");
    }

    @Test
    void ensureAliasAvailable_negatedPattern_isNoConflict() {
      write(config, "Host dev-* !dev-1\n  User me\n");

      ssh.ensureAliasAvailable("dev-1");
      assertThatThrownBy(() -> ssh.ensureAliasAvailable("dev-2"))
          .isInstanceOf(AlreadyExistsException.class);
    }

    @Test
    void ensureAliasAvailable_hostInIncludedFile_namesThatFile() {
      write(config, "Include config.d/*.conf\nHost a\n");
      Path included = write(home.resolve(".ssh/config.d/work.conf"), "\n# work\nHost gpu-box\n");
      write(home.resolve(".ssh/config.d/ignored.txt"), "Host gpu-box\n");

      assertThatThrownBy(() -> ssh.ensureAliasAvailable("gpu-box"))
          .isInstanceOf(AlreadyExistsException.class)
          .hasMessageContaining(included + " line 3");
    }

    @Test
    void ensureAliasAvailable_tildeIncludeInsideHostBlock_isFollowed() {
      write(config, "Host jump\n  Include ~/more/hosts\n");
      write(home.resolve("more/hosts"), "Host=dev-1\n");

      assertThatThrownBy(() -> ssh.ensureAliasAvailable("dev-1"))
          .isInstanceOf(AlreadyExistsException.class)
          .hasMessageContaining(home.resolve("more/hosts") + " line 1");
    }

    @Test
    void ensureAliasAvailable_rpsOwnEntries_areNoConflict() {
      write(config, LEGACY);
      ssh.ensureAliasAvailable("old-pod");

      ssh.upsert("dev-1", "abc123", POD);

      ssh.ensureAliasAvailable("dev-1");
      ssh.ensureAliasAvailable("old-pod");
    }

    @Test
    void upsert_conflictingAlias_writesNothing() {
      String original = "Host dev-*\n  User me\n";
      write(config, original);

      assertThatThrownBy(() -> ssh.upsert("dev-1", "abc123", POD))
          .isInstanceOf(AlreadyExistsException.class);

      assertThat(read(config)).isEqualTo(original);
      assertThat(ssh.managedConfig()).doesNotExist();
    }

    @Test
    void ensureAliasAvailable_invalidAlias_isRejected() {
      assertThatThrownBy(() -> ssh.ensureAliasAvailable("my pod"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("'my pod'");
      assertThatThrownBy(() -> ssh.ensureAliasAvailable("-oProxyCommand=x"))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> ssh.ensureAliasAvailable("dev*"))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Nested
  @DisplayName("files keep mode and links and are written atomically")
  class FileHandling {

    @Test
    void upsert_missingSshFolder_createsPrivateFolderAndFiles() throws IOException {
      ssh.upsert("dev-1", "abc123", POD);

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.getParent())))
          .isEqualTo("rwx------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config)))
          .isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ssh.managedConfig())))
          .isEqualTo("rw-------");
    }

    @Test
    void upsert_existingMode_isKept() throws IOException {
      write(config, "Host a\n");
      Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r-----"));

      ssh.upsert("dev-1", "abc123", POD);

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config)))
          .isEqualTo("rw-r-----");
    }

    @Test
    void upsert_symlinkedConfig_staysALinkAndTargetChanges() throws IOException {
      Path target = write(home.resolve("dotfiles/ssh_config"), "Host a\n");
      Files.createDirectories(config.getParent());
      Files.createSymbolicLink(config, Path.of("../dotfiles/ssh_config"));

      ssh.upsert("dev-1", "abc123", POD);

      assertThat(Files.isSymbolicLink(config)).isTrue();
      assertThat(Files.readSymbolicLink(config)).isEqualTo(Path.of("../dotfiles/ssh_config"));
      assertThat(read(target)).isEqualTo(ssh.includeLine() + "\nHost a\n");
      assertThat(ssh.managedConfig()).isEqualTo(home.resolve(".ssh/rp_config"));
    }

    @Test
    void upsert_leavesNoTemporaryFiles() throws IOException {
      write(config, "Host a\n");

      ssh.upsert("dev-1", "abc123", POD);
      ssh.upsert("dev-1", "abc123", SshEndpoint.of("203.0.113.8", 40023, "root"));

      try (Stream<Path> files = Files.list(config.getParent())) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("config", "rp_config", "rp_config.lock", "rp_known_hosts");
      }
    }

    @Test
    void upsert_concurrentManagers_keepEveryEntry() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          String alias = "pod-" + i;
          futures.add(pool.submit(() -> manager(home).upsert(alias, "id" + alias.hashCode(), POD)));
        }
        for (Future<?> future : futures) {
          future.get();
        }
      } finally {
        pool.shutdown();
      }

      assertThat(ssh.entries()).hasSize(40);
      assertThat(read(config).split(java.util.regex.Pattern.quote(ssh.includeLine()), -1))
          .hasSize(2);
    }

    @Test
    void upsert_concurrentProcesses_keepEveryEntry() throws Exception {
      String java = ProcessHandle.current().info().command().orElse("java");
      List<Process> processes = new ArrayList<>();
      for (String prefix : List.of("a", "b", "c")) {
        processes.add(
            new ProcessBuilder(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    UpsertMain.class.getName(),
                    home.toString(),
                    prefix,
                    "15")
                .redirectErrorStream(true)
                .start());
      }
      for (Process process : processes) {
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
      }

      assertThat(ssh.entries()).hasSize(45);
    }
  }

  @Nested
  @DisplayName("an unwritable config fails with the lines to add by hand")
  class Unwritable {

    @Test
    void upsert_readOnlyUserConfig_keepsEntryAndNamesIncludeLine() throws IOException {
      String original = "Host a\n";
      write(config, original);
      Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("r--r--r--"));

      assertThatThrownBy(() -> ssh.upsert("dev-1", "abc123", POD))
          .isInstanceOf(SshException.class)
          .hasMessageContaining("add this line at the top of " + config)
          .hasMessageContaining("\n" + ssh.includeLine() + "\n");

      assertThat(read(config)).isEqualTo(original);
      assertThat(ssh.find("dev-1")).map(ManagedEntry::port).contains(40022);
    }

    @Test
    void upsert_readOnlySshFolder_namesTheWholeBlock() throws IOException {
      String original = "Host a\n";
      write(config, original);
      Files.setPosixFilePermissions(
          config.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
      try {
        assertThatThrownBy(() -> ssh.upsert("dev-1", "abc123", POD))
            .isInstanceOf(SshException.class)
            .hasMessageContaining("read-only")
            .hasMessageContaining("Add these lines at the top of " + config)
            .hasMessageContaining(ssh.manualLines("dev-1", "abc123", POD));

        assertThat(read(config)).isEqualTo(original);
        assertThat(ssh.managedConfig()).doesNotExist();
        assertThat(home.resolve(".ssh/rp_config.lock")).doesNotExist();
      } finally {
        Files.setPosixFilePermissions(
            config.getParent(), PosixFilePermissions.fromString("rwx------"));
      }
    }

    @Test
    void remove_readOnlyManagedConfig_failsAndKeepsEntry() throws IOException {
      ssh.upsert("dev-1", "abc123", POD);
      Files.setPosixFilePermissions(
          ssh.managedConfig(), PosixFilePermissions.fromString("r--------"));

      assertThatThrownBy(() -> ssh.remove("dev-1"))
          .isInstanceOf(SshException.class)
          .hasMessageContaining("Delete the 'Host dev-1' block from " + ssh.managedConfig());

      assertThat(ssh.find("dev-1")).isPresent();
    }
  }

  private static final String LEGACY =
      "Host old-pod\n"
          + "    # rp:managed alias=old-pod pod_id=legacy1 updated=2024-05-06T07:08:09Z\n"
          + "    HostName 198.51.100.4\n"
          + "    User root\n"
          + "    Port 30022\n"
          + "    IdentitiesOnly yes\n"
          + "    IdentityFile ~/.ssh/runpod\n"
          + "    ForwardAgent yes\n"
          + "    StrictHostKeyChecking no\n"
          + "    UserKnownHostsFile /dev/null\n";

  @Nested
  @DisplayName("entries the Python rp wrote move once")
  class Migration {

    private final String before = "Host a\n  HostName a.example\n\n";
    private final String after = "\n# my work hosts\nHost b\n  User bob\n";

    @Test
    void upsert_legacyBlock_movesItAndKeepsUserLines() {
      write(config, before + LEGACY + after);

      ssh.upsert("dev-1", "abc123", POD);

      assertThat(read(config)).isEqualTo(ssh.includeLine() + "\n" + before + after);
      ManagedEntry migrated = ssh.find("old-pod").orElseThrow();
      assertThat(migrated.podId()).isEqualTo("legacy1");
      assertThat(migrated.endpoint()).isEqualTo(SshEndpoint.of("198.51.100.4", 30022, "root"));
      assertThat(migrated.updated()).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
      Map<String, String> resolved = OpenSsh.resolve(home, config, "old-pod");
      assertThat(resolved.get("hostkeyalias")).isEqualTo("rp-legacy1");
      assertThat(resolved.get("stricthostkeychecking")).isEqualTo("accept-new");
      assertThat(resolved.get("identityfile")).isEqualTo(home.resolve(".ssh/runpod").toString());
    }

    @Test
    void migrateLegacyEntries_twice_secondChangesNothing() throws IOException {
      write(config, before + LEGACY + after);

      assertThat(ssh.migrateLegacyEntries()).isEqualTo(1);
      byte[] userAfterFirst = bytes(config);
      byte[] managedAfterFirst = bytes(ssh.managedConfig());

      assertThat(ssh.migrateLegacyEntries()).isZero();

      assertThat(bytes(config)).isEqualTo(userAfterFirst);
      assertThat(bytes(ssh.managedConfig())).isEqualTo(managedAfterFirst);
    }

    @Test
    void migrate_aliasAlreadyInRpFile_isNeverDuplicated() {
      ssh.upsert("old-pod", "legacy1", POD);
      write(config, ssh.includeLine() + "\n" + LEGACY);

      ssh.migrateLegacyEntries();

      String managed = read(ssh.managedConfig());
      assertThat(managed.split("Host old-pod\n", -1)).hasSize(2);
      // The entry rp wrote at NOW is newer than the Python rp's, so it stays.
      assertThat(ssh.find("old-pod").orElseThrow().port()).isEqualTo(40022);
      assertThat(read(config)).isEqualTo(ssh.includeLine() + "\n");
    }

    @Test
    void migrate_newerLegacyBlock_replacesOlderEntry() {
      SshConfigManager earlier =
          new SshConfigManager(
              OpenSsh.paths(home),
              home.resolve(".ssh/runpod"),
              Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
      earlier.upsert("old-pod", "legacy1", POD);
      write(config, ssh.includeLine() + "\n" + LEGACY);

      ssh.migrateLegacyEntries();

      assertThat(ssh.find("old-pod").orElseThrow().port()).isEqualTo(30022);
      assertThat(ssh.entries()).hasSize(1);
    }

    @Test
    void migrate_extraLines_areCarriedOver() {
      write(config, LEGACY + "    LocalForward 8888 localhost:8888\n");

      ssh.migrateLegacyEntries();

      assertThat(read(ssh.managedConfig())).contains("    LocalForward 8888 localhost:8888\n");
      assertThat(read(ssh.managedConfig())).doesNotContain("/dev/null");
      assertThat(OpenSsh.resolve(home, config, "old-pod").get("localforward"))
          .isEqualTo("8888 [localhost]:8888");
    }

    @Test
    void migrate_incompleteBlock_staysWhereItIs() {
      String incomplete =
          "Host half\n    # rp:managed alias=half pod_id=p2 updated=2024-05-06T07:08:09Z\n"
              + "    User root\n";
      write(config, incomplete);

      assertThat(ssh.migrateLegacyEntries()).isZero();

      assertThat(read(config)).isEqualTo(incomplete);
    }

    @Test
    void migrate_blockBeforeMatch_stopsAtMatch() {
      write(config, LEGACY + "Match user bob\n  Port 1\n");

      ssh.migrateLegacyEntries();

      assertThat(read(config)).isEqualTo(ssh.includeLine() + "\nMatch user bob\n  Port 1\n");
    }

    @Test
    void entries_readOnlyUserConfig_listsLegacyEntryWithoutMoving() throws IOException {
      write(config, LEGACY);
      Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("r--r--r--"));

      ssh.migrateLegacyEntries();

      assertThat(read(config)).isEqualTo(LEGACY);
      assertThat(ssh.entries()).extracting(ManagedEntry::alias).containsExactly("old-pod");
      assertThatThrownBy(() -> ssh.remove("old-pod"))
          .isInstanceOf(SshException.class)
          .hasMessageContaining("lines 1 to 10 ('Host old-pod')");
    }
  }

  @Nested
  @DisplayName("entries")
  class Entries {

    @Test
    void upsert_writesPythonMarkerAndAllOptions() {
      ssh.upsert("dev-1", "abc123", POD);

      assertThat(read(ssh.managedConfig()))
          .contains(
              "Host dev-1\n"
                  + "    # rp:managed alias=dev-1 pod_id=abc123 updated=2025-01-02T03:04:05Z\n"
                  + "    HostName 203.0.113.7\n"
                  + "    Port 40022\n"
                  + "    User root\n"
                  + "    IdentityFile "
                  + home.resolve(".ssh/runpod")
                  + "\n    IdentitiesOnly yes\n"
                  + "    ForwardAgent yes\n"
                  + "    HostKeyAlias rp-abc123\n"
                  + "    UserKnownHostsFile "
                  + home.resolve(".ssh/rp_known_hosts")
                  + "\n    StrictHostKeyChecking accept-new\n");
    }

    @Test
    void upsert_existingAlias_updatesInPlace() {
      ssh.upsert("a", "id1", POD);
      ssh.upsert("b", "id2", POD);

      ManagedEntry moved = ssh.upsert("a", "id1", SshEndpoint.of("203.0.113.9", 41000, "root"));

      assertThat(ssh.entries()).extracting(ManagedEntry::alias).containsExactly("a", "b");
      assertThat(ssh.find("a")).contains(moved);
      assertThat(moved.port()).isEqualTo(41000);
      assertThat(moved.updated()).isEqualTo(NOW);
    }

    @Test
    void remove_unknownAlias_returnsFalse() {
      ssh.upsert("a", "id1", POD);

      assertThat(ssh.remove("zzz")).isFalse();
      assertThat(ssh.remove("a")).isTrue();
      assertThat(ssh.find("a")).isEmpty();
    }

    @Test
    void retainOnly_dropsOthersSorted() {
      for (String alias : List.of("c", "a", "keep", "b")) {
        ssh.upsert(alias, "id-" + alias, POD);
      }

      assertThat(ssh.retainOnly(Set.of("keep"))).containsExactly("a", "b", "c");
      assertThat(ssh.entries()).extracting(ManagedEntry::alias).containsExactly("keep");
    }

    @Test
    void entries_noFiles_isEmpty() {
      assertThat(ssh.entries()).isEmpty();
      assertThat(ssh.find("a")).isEmpty();
      assertThat(config).doesNotExist();
    }

    @Test
    void manualLines_isTheBlockRpWouldWrite() {
      String lines = ssh.manualLines("dev-1", "abc123", POD);

      assertThat(lines).startsWith("Host dev-1\n    # rp:managed alias=dev-1 pod_id=abc123 ");
      ssh.upsert("dev-1", "abc123", POD);
      assertThat(read(ssh.managedConfig())).contains(lines);
    }

    @Test
    void upsert_hostWithNewline_isRejected() {
      SshEndpoint evil = SshEndpoint.of("1.2.3.4\n    ProxyCommand touch /tmp/x", 22, "root");

      assertThatThrownBy(() -> ssh.upsert("dev-1", "abc123", evil))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("Invalid SSH host");
      assertThatThrownBy(() -> ssh.upsert("dev-1", "abc 123", POD))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> ssh.upsert("dev-1", "abc", SshEndpoint.of("h", 0, "root")))
          .isInstanceOf(InvalidInputException.class);
      assertThat(ssh.managedConfig()).doesNotExist();
    }
  }

  /** Upserts entries from a separate JVM, for the cross-process lock test. */
  public static final class UpsertMain {
    public static void main(String[] args) {
      SshConfigManager manager = SshConfigManager.create(OpenSsh.paths(Path.of(args[0])));
      for (int i = 0; i < Integer.parseInt(args[2]); i++) {
        manager.upsert(args[1] + "-" + i, args[1] + i, POD);
      }
    }
  }
}

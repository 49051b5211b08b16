package dev.rp.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Home, config folder, launcher and recorder commands in a temporary folder, for the runner tests.
 * The launcher's path contains a space, an apostrophe, {@code &}, {@code %} and {@code $}, so that
 * every format has to quote it.
 */
final class RunnerFixture {

  static final String API_KEY = "rpa_TESTKEY0123456789";

  final Path root;
  final Path home;
  final Path configDir;
  final Path launcher;
  final Path launcherLog;
  final FakeCommands commands;
  final Map<String, String> environment;

  RunnerFixture(Path root) throws IOException {
    this.root = root;
    home = Files.createDirectories(root.resolve("home"));
    configDir = Files.createDirectories(root.resolve("config/rp"));
    Path tools = Files.createDirectories(root.resolve("rp & co's 100% $HOME/bin"));
    launcher = tools.resolve("rp");
    launcherLog = root.resolve("launcher.log");
    Files.writeString(
        launcher,
        "#!/bin/sh\n"
            + "{ printf 'args:'; for a in \"$@\"; do printf ' [%s]' \"$a\"; done; printf '\\n';"
            + " printf 'RP_CONFIG_DIR=%s\\nPATH=%s\\nKEY=%s\\n'"
            + " \"$RP_CONFIG_DIR\" \"$PATH\" \"$RUNPOD_API_KEY\"; } >> "
            + Quoting.posix(launcherLog.toString())
            + "\necho 'tick ran'\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    commands = new FakeCommands(root.resolve("fake"));
    environment = commands.environment(home);
    environment.put("RUNPOD_API_KEY", API_KEY);
  }

  /** Returns a context for the operating system {@code osName}. */
  RunnerContext context(String osName) {
    return RunnerContext.builder()
        .launcher(launcher)
        .configDir(configDir)
        .home(home)
        .osName(osName)
        .environment(environment)
        .build();
  }

  /** Asserts that the API key is in no file under the root and no recorded environment. */
  void assertKeyWrittenNowhere() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .forEach(file -> assertThat(read(file)).as(file.toString()).doesNotContain(API_KEY));
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

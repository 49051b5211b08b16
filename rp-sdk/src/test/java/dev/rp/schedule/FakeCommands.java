package dev.rp.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recorder scripts that stand in for {@code id}, {@code launchctl}, {@code systemctl}, {@code
 * loginctl} and {@code crontab} on a {@code PATH} that contains nothing else.
 *
 * <p>Each script logs its arguments, one call a line with each argument in brackets, and its
 * environment; it keeps what the real program would remember (loaded agents, the crontab) in files
 * of a state folder, which tests also write to change the answers.
 */
final class FakeCommands {

  private static final List<String> PROGRAMS =
      List.of("id", "launchctl", "systemctl", "loginctl", "crontab");

  // Only absolute paths and shell built-ins: the PATH contains only the recorders.
  private static final String SCRIPT =
      """
      #!/bin/sh
      S='%1$s'
      name="${0##*/}"
      { printf '%%s' "$name"; for a in "$@"; do printf ' [%%s]' "$a"; done; printf '\\n'; } \
        >> '%2$s'
      /usr/bin/env >> '%3$s'
      state() { if [ -f "$S/$1" ]; then /bin/cat "$S/$1"; else printf '%%s\\n' "$2"; fi; }
      case "$name" in
        id)
          if [ "$1" = "-u" ]; then echo 501; else echo alice; fi ;;
        launchctl)
          case "$1" in
            print) [ -f "$S/launchd-loaded" ]; exit $? ;;
            bootout) /bin/rm -f "$S/launchd-loaded" ;;
            bootstrap)
              code=$(state bootstrap-exit 0)
              if [ "$code" = 0 ]; then : > "$S/launchd-loaded"
              else echo "Bootstrap failed: 5: Input/output error" >&2; fi
              exit "$code" ;;
          esac ;;
        systemctl)
          [ "$1" = "--user" ] || exit 64
          shift
          code=$(state systemd-exit 0)
          if [ "$code" != 0 ]; then
            echo "Failed to connect to bus: No medium found" >&2; exit "$code"
          fi
          case "$1" in
            show-environment) state manager-environment "LANG=C.UTF-8" ;;
            enable)
              code=$(state enable-exit 0)
              [ "$code" = 0 ] && : > "$S/timer-enabled"
              [ "$code" = 0 ] || echo "Failed to enable unit" >&2
              exit "$code" ;;
            disable) /bin/rm -f "$S/timer-enabled" ;;
            is-active) [ -f "$S/timer-enabled" ]; exit $? ;;
          esac ;;
        loginctl)
          state linger "Linger=no" ;;
        crontab)
          case "$1" in
            -l)
              if [ -f "$S/crontab" ]; then /bin/cat "$S/crontab"
              else echo "no crontab for alice" >&2; exit 1; fi ;;
            -) /bin/cat > "$S/crontab" ;;
          esac ;;
      esac
      exit 0
      """;

  private final Path bin;
  private final Path state;
  private final Path calls;
  private final Path environments;

  FakeCommands(Path root) throws IOException {
    bin = Files.createDirectories(root.resolve("bin"));
    state = Files.createDirectories(root.resolve("state"));
    calls = root.resolve("calls.log");
    environments = root.resolve("environments.log");
    String script = String.format(SCRIPT, state, calls, environments);
    for (String program : PROGRAMS) {
      Path file = bin.resolve(program);
      Files.writeString(file, script, StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** Removes {@code program} from the PATH, as on a machine that lacks it. */
  void remove(String program) throws IOException {
    Files.delete(bin.resolve(program));
  }

  /** Returns an environment whose PATH holds only the recorders. */
  Map<String, String> environment(Path home) {
    Map<String, String> environment = new HashMap<>();
    environment.put("PATH", bin.toString());
    environment.put("HOME", home.toString());
    environment.put("USER", "alice");
    return environment;
  }

  /** Sets a state file, such as {@code bootstrap-exit} or {@code crontab}. */
  void set(String name, String content) throws IOException {
    Files.writeString(state.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** Returns a state file's content, or null when it does not exist. */
  String get(String name) throws IOException {
    Path file = state.resolve(name);
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
  }

  /** Returns the calls so far, one line each, such as {@code crontab [-l]}. */
  List<String> calls() throws IOException {
    return Files.exists(calls) ? Files.readAllLines(calls, StandardCharsets.UTF_8) : List.of();
  }

  /** Returns every environment the recorders saw, concatenated. */
  String environments() throws IOException {
    return Files.exists(environments) ? Files.readString(environments) : "";
  }
}

package dev.rp.cli.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Recorder scripts in place of {@code systemctl}, {@code loginctl}, {@code crontab}, {@code
 * launchctl} and {@code id}, so that rp installs its background runner into the test's {@code HOME}
 * and never into the machine's service manager.
 *
 * <p>Each script appends its name and arguments to {@code calls.log} and its environment to {@code
 * environments.log}. {@code systemctl --user} behaves like a running user manager, unless {@link
 * #withoutSystemd()} makes it fail as it does in a container; {@code loginctl} reports lingering
 * off; {@code crontab} keeps the table in a state file.
 */
final class RunnerRecorders {

  private static final List<String> PROGRAMS =
      List.of("systemctl", "loginctl", "crontab", "launchctl", "id");

  // Absolute paths only, since the recorders must not find each other by accident.
  private static final String SCRIPT =
      """
      #!/bin/sh
      state='%1$s'
      name=${0##*/}
      { printf '%%s' "$name"; for a in "$@"; do printf ' [%%s]' "$a"; done; echo; } >> '%2$s'
      /usr/bin/env >> '%3$s'
      case $name in
        id) if [ "$1" = -u ]; then echo 1000; else echo tester; fi ;;
        loginctl) echo Linger=no ;;
        launchctl) exit 0 ;;
        systemctl)
          if [ -f "$state/no-systemd" ]; then
            echo 'Failed to connect to bus: No medium found' >&2; exit 1
          fi
          case $2 in
            show-environment) echo LANG=C.UTF-8 ;;
            enable) : > "$state/timer-enabled" ;;
            disable) /bin/rm -f "$state/timer-enabled" ;;
            is-active) [ -f "$state/timer-enabled" ]; exit $? ;;
          esac ;;
        crontab)
          if [ -f "$state/no-cron" ]; then
            echo 'crontab: command not found' >&2; exit 127
          fi
          case $1 in
            -l)
              if [ -f "$state/crontab" ]; then /bin/cat "$state/crontab"
              else echo 'no crontab for tester' >&2; exit 1; fi ;;
            -) /bin/cat > "$state/crontab" ;;
          esac ;;
      esac
      exit 0
      """;

  private final Path bin;
  private final Path state;
  private final Path calls;
  private final Path environments;

  /** Writes the recorders into {@code root}/bin, keeping their state under {@code root}. */
  RunnerRecorders(Path root) throws IOException {
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

  /**
   * Returns a {@code PATH} with the recorders first, then the test's own for java and the shell.
   */
  String path() {
    return bin + ":" + System.getenv("PATH");
  }

  /** Makes {@code systemctl --user} fail, as where no user manager runs. */
  RunnerRecorders withoutSystemd() throws IOException {
    Files.writeString(state.resolve("no-systemd"), "");
    return this;
  }

  /**
   * Makes {@code crontab} exit as the shell does for a missing command. The recorder stays on the
   * {@code PATH}, so that a real crontab further down is never reached.
   */
  RunnerRecorders withoutCron() throws IOException {
    Files.writeString(state.resolve("no-cron"), "");
    return this;
  }

  /** Returns the crontab the recorder keeps, or an empty string when none was written. */
  String crontab() throws IOException {
    Path file = state.resolve("crontab");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  /** Returns the calls so far, one a line, such as {@code systemctl [--user] [daemon-reload]}. */
  List<String> calls() throws IOException {
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  /** Returns every environment the recorders ran with, one variable a line. */
  String environments() throws IOException {
    return Files.exists(environments) ? Files.readString(environments) : "";
  }
}

package dev.rp.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * systemd user service {@code rp-scheduler.service} that runs one tick, and the timer {@code
 * rp-scheduler.timer} that starts it every minute.
 */
final class SystemdRunner extends InstallableRunner {

  static final String SERVICE = "rp-scheduler.service";
  static final String TIMER = "rp-scheduler.timer";

  SystemdRunner(RunnerContext context) {
    super(context, RunnerKind.SYSTEMD);
  }

  /** Returns whether systemd's user manager responds, which it does not in most containers. */
  @Override
  boolean available() {
    return managerEnvironment().isPresent();
  }

  @Override
  String unavailableReason() {
    return "no systemd user manager (systemctl --user failed)";
  }

  @Override
  public RunnerResult install() {
    Optional<String> manager = managerEnvironment();
    if (manager.isEmpty()) {
      return failed("systemd's user manager is not running (systemctl --user failed).");
    }
    Path folder = unitFolder(manager.get());
    Path service = folder.resolve(SERVICE);
    Path timer = folder.resolve(TIMER);
    boolean changed = writeIfChanged(service, serviceUnit());
    changed |= writeIfChanged(timer, timerUnit());

    if (changed) {
      CommandResult reload = systemctl("daemon-reload");
      if (!reload.succeeded()) {
        return failed("systemctl --user daemon-reload failed: " + TickCommand.firstLine(reload));
      }
    }
    CommandResult enable = systemctl("enable", "--now", TIMER);
    if (!enable.succeeded()) {
      return failed(
          "systemctl --user enable --now " + TIMER + " failed: " + TickCommand.firstLine(enable));
    }

    String message =
        String.format(
            "Installed the systemd user timer %s (%s): it runs the scheduler tick every minute."
                + " See its output with journalctl --user -u %s.",
            TIMER, timer, SERVICE);
    if (!changed) {
      message = "The systemd user timer " + TIMER + " is installed and up to date.";
    }
    return succeeded(message, changed ? List.of(service, timer) : List.of(), lingerWarnings());
  }

  @Override
  public RunnerResult uninstall() {
    Optional<String> manager = managerEnvironment();
    Path folder = unitFolder(manager.orElse(""));
    if (manager.isPresent()) {
      systemctl("disable", "--now", TIMER);
    }
    List<Path> deleted = new ArrayList<>();
    for (Path unit : List.of(folder.resolve(SERVICE), folder.resolve(TIMER))) {
      if (LocalFiles.delete(unit)) {
        deleted.add(unit);
      }
    }
    if (manager.isPresent() && !deleted.isEmpty()) {
      systemctl("daemon-reload");
    }
    String message =
        deleted.isEmpty()
            ? "The systemd user timer " + TIMER + " was not installed."
            : "Removed the systemd user timer " + TIMER + " and its service from " + folder + ".";
    return removed(message, deleted);
  }

  @Override
  public RunnerStatus status() {
    Optional<String> manager = managerEnvironment();
    Path timer = unitFolder(manager.orElse("")).resolve(TIMER);
    boolean installed = Files.exists(timer);
    boolean active = manager.isPresent() && systemctl("is-active", "--quiet", TIMER).succeeded();
    String message;
    if (!installed) {
      message = "The systemd user timer " + TIMER + " is not installed.";
    } else if (!active) {
      message =
          "The systemd user timer "
              + TIMER
              + " is installed but not active. Start it with: systemctl --user enable --now "
              + TIMER;
    } else {
      message =
          "The systemd user timer "
              + TIMER
              + " is active; see the tick's output with journalctl --user -u "
              + SERVICE
              + ".";
    }
    return RunnerStatus.builder()
        .runner(kind())
        .installed(installed)
        .active(installed && active)
        .file(timer)
        .lastTick(TickCommand.lastTick(context))
        .message(message)
        .build();
  }

  /** Returns the service unit, which runs one tick with the tick's environment. */
  String serviceUnit() {
    StringBuilder unit =
        new StringBuilder()
            .append("# Written by rp: runs the scheduled pod stops that are due.\n")
            .append("[Unit]\n")
            .append("Description=rp scheduled pod stops\n")
            .append("\n")
            .append("[Service]\n")
            .append("Type=oneshot\n")
            .append("ExecStart=")
            .append(Quoting.systemdWord(TickCommand.launcher(context)))
            .append(' ')
            .append(TickCommand.ARGUMENT)
            .append('\n');
    for (Map.Entry<String, String> variable : TickCommand.environment(context).entrySet()) {
      unit.append("Environment=")
          .append(Quoting.systemdAssignment(variable.getKey(), variable.getValue()))
          .append('\n');
    }
    // A tick that hangs must not block the ticks after it for long.
    return unit.append("TimeoutStartSec=10min\n").toString();
  }

  /** Returns the timer unit, which starts the service at the start of every minute. */
  String timerUnit() {
    return "# Written by rp: starts "
        + SERVICE
        + " every minute.\n"
        + "[Unit]\n"
        + "Description=Run rp scheduled pod stops every minute\n"
        + "\n"
        + "[Timer]\n"
        + "OnCalendar=*-*-* *:*:00\n"
        // Persistent applies to OnCalendar only: a tick missed while the machine was off or
        // asleep runs as soon as it is back.
        + "Persistent=true\n"
        + "AccuracySec=1s\n"
        + "Unit="
        + SERVICE
        + "\n"
        + "\n"
        + "[Install]\n"
        + "WantedBy=timers.target\n";
  }

  /**
   * Returns the warning that stops will not fire while the user is logged out, when {@code
   * loginctl} reports that lingering is off.
   */
  private List<String> lingerWarnings() {
    Optional<String> user = TickCommand.userName(context);
    if (user.isEmpty()) {
      return List.of();
    }
    CommandResult linger =
        context.commands().run("loginctl", "show-user", user.get(), "-p", "Linger");
    if (linger.succeeded() && linger.stdout().strip().equals("Linger=no")) {
      return List.of(
          "Lingering is off for "
              + user.get()
              + ", so systemd stops the timer when you log out and scheduled stops will not fire"
              + " until you log in again. Keep it running with: loginctl enable-linger "
              + user.get());
    }
    return List.of();
  }

  /** Returns the user manager's environment, or empty when {@code systemctl --user} fails. */
  private Optional<String> managerEnvironment() {
    CommandResult result = systemctl("show-environment");
    return result.succeeded() ? Optional.of(result.stdout()) : Optional.empty();
  }

  /**
   * Returns the folder of user units the manager reads: {@code $XDG_CONFIG_HOME/systemd/user} of
   * the manager's environment, else {@code ~/.config/systemd/user}.
   */
  private Path unitFolder(String managerEnvironment) {
    Path config =
        managerEnvironment
            .lines()
            .filter(line -> line.startsWith("XDG_CONFIG_HOME="))
            .map(line -> line.substring("XDG_CONFIG_HOME=".length()))
            .filter(value -> value.startsWith("/"))
            .map(Path::of)
            .findFirst()
            .orElse(context.home().resolve(".config"));
    return config.resolve("systemd/user");
  }

  private boolean writeIfChanged(Path file, String content) {
    if (LocalFiles.read(file).map(content::equals).orElse(false)) {
      return false;
    }
    LocalFiles.writeAtomically(file, content);
    return true;
  }

  private CommandResult systemctl(String... arguments) {
    List<String> command = new ArrayList<>(List.of("systemctl", "--user"));
    command.addAll(List.of(arguments));
    return context.commands().run(command, "");
  }
}

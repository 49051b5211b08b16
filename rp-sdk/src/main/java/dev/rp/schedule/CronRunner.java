package dev.rp.schedule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Line in the user's crontab that runs the tick every minute, marked {@code # rp:scheduler} so that
 * rp finds it again; every other line of the crontab is kept as it was.
 */
final class CronRunner extends InstallableRunner {

  static final String MARKER = "# rp:scheduler";

  CronRunner(RunnerContext context) {
    super(context, RunnerKind.CRON);
  }

  Path log() {
    return TickCommand.configDir(context).resolve("scheduler.log");
  }

  @Override
  boolean available() {
    return readCrontab().isPresent();
  }

  @Override
  String unavailableReason() {
    CommandResult list = listCrontab();
    return list.exitCode() == CommandResult.NOT_FOUND
        ? "no crontab command (install cron)"
        : "crontab -l failed (" + TickCommand.firstLine(list) + ")";
  }

  @Override
  public RunnerResult install() {
    Optional<List<String>> lines = readCrontab();
    if (lines.isEmpty()) {
      return failed("crontab is not available: " + TickCommand.firstLine(listCrontab()) + ".");
    }
    String entry = entry();
    List<String> updated = new ArrayList<>();
    boolean replaced = false;
    for (String line : lines.get()) {
      if (!isOurs(line)) {
        updated.add(line);
      } else if (!replaced) {
        updated.add(entry);
        replaced = true;
      }
    }
    if (!replaced) {
      updated.add(entry);
    }
    if (updated.equals(lines.get())) {
      return succeeded("The crontab entry is installed and up to date.", List.of(), List.of());
    }

    LocalFiles.createFolder(log().getParent());
    CommandResult write = writeCrontab(updated);
    if (!write.succeeded()) {
      return failed("crontab - failed: " + TickCommand.firstLine(write) + ".");
    }
    return succeeded(
        "Added a crontab entry that runs the scheduler tick every minute, logging to "
            + log()
            + ". cron must be running for it to fire.",
        List.of(),
        List.of());
  }

  @Override
  public RunnerResult uninstall() {
    Optional<List<String>> lines = readCrontab();
    List<String> kept =
        lines.orElse(List.of()).stream().filter(line -> !isOurs(line)).collect(Collectors.toList());
    if (lines.isEmpty() || kept.size() == lines.get().size()) {
      return removed("The crontab entry was not installed.", List.of());
    }
    CommandResult write = writeCrontab(kept);
    if (!write.succeeded()) {
      return RunnerResult.builder()
          .runner(kind())
          .success(false)
          .message("crontab - failed: " + TickCommand.firstLine(write) + ".")
          .build();
    }
    return removed("Removed the crontab entry.", List.of());
  }

  @Override
  public RunnerStatus status() {
    boolean installed = readCrontab().orElse(List.of()).stream().anyMatch(CronRunner::isOurs);
    String message =
        installed
            ? "The crontab entry runs the scheduler tick every minute while cron is running."
            : "The crontab entry is not installed.";
    return RunnerStatus.builder()
        .runner(kind())
        .installed(installed)
        .active(installed)
        .log(log())
        .lastTick(TickCommand.lastTick(context))
        .message(message)
        .build();
  }

  /**
   * Returns rp's crontab line. cron's own {@code PATH} is minimal, so the line sets the tick's
   * variables in front of the command; {@code HOME} is set by cron.
   */
  String entry() {
    StringBuilder line = new StringBuilder("* * * * * ");
    for (Map.Entry<String, String> variable : TickCommand.environment(context).entrySet()) {
      if (!variable.getKey().equals("HOME")) {
        line.append(variable.getKey()).append('=').append(Quoting.cron(variable.getValue()));
        line.append(' ');
      }
    }
    String log = Quoting.requirePrintable(log().toString(), "log path");
    return line.append(Quoting.cron(TickCommand.launcher(context)))
        .append(' ')
        .append(TickCommand.ARGUMENT)
        .append(" >> ")
        .append(Quoting.cron(log))
        .append(" 2>&1 ")
        .append(MARKER)
        .toString();
  }

  private static boolean isOurs(String line) {
    return line.stripTrailing().endsWith(MARKER);
  }

  /** Returns the crontab's lines, empty for no crontab, or nothing when crontab fails. */
  private Optional<List<String>> readCrontab() {
    CommandResult list = listCrontab();
    if (list.succeeded()) {
      return Optional.of(list.stdout().lines().collect(Collectors.toList()));
    }
    // Both Vixie cron and cronie print "no crontab for <user>" and exit with 1.
    if (list.exitCode() != CommandResult.NOT_FOUND && list.stderr().contains("no crontab")) {
      return Optional.of(List.of());
    }
    return Optional.empty();
  }

  private CommandResult listCrontab() {
    return context.commands().run("crontab", "-l");
  }

  private CommandResult writeCrontab(List<String> lines) {
    // crontab(5) of Debian's cron: every entry, the last one too, must end with a line break.
    String content = lines.stream().map(line -> line + "\n").collect(Collectors.joining());
    return context.commands().run(List.of("crontab", "-"), content);
  }
}

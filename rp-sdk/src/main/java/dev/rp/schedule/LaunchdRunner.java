package dev.rp.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * launchd agent {@code ~/Library/LaunchAgents/com.rp.scheduler.plist}, the label and file the
 * Python rp used, which runs the tick at load and every 60 seconds.
 */
final class LaunchdRunner extends InstallableRunner {

  static final String LABEL = "com.rp.scheduler";
  static final int INTERVAL_SECONDS = 60;

  LaunchdRunner(RunnerContext context) {
    super(context, RunnerKind.LAUNCHD);
  }

  Path plist() {
    return context.home().resolve("Library/LaunchAgents/" + LABEL + ".plist");
  }

  Path log() {
    return context.home().resolve("Library/Logs/rp-scheduler.log");
  }

  @Override
  boolean available() {
    return TickCommand.isMac(context);
  }

  @Override
  String unavailableReason() {
    return "no launchd, which only macOS has";
  }

  @Override
  public RunnerResult install() {
    Optional<String> uid = uid();
    if (uid.isEmpty()) {
      return failed("Cannot find the user id: id -u failed.");
    }
    String content = plistContent();
    boolean loaded = isLoaded(uid.get());
    if (loaded && LocalFiles.read(plist()).map(content::equals).orElse(false)) {
      return succeeded(
          "The launchd agent " + LABEL + " is installed and up to date.", List.of(), List.of());
    }

    LocalFiles.writeAtomically(plist(), content);
    LocalFiles.createFolder(log().getParent());
    if (loaded) {
      // bootstrap fails on a loaded agent, so unload the old version first.
      context.commands().run("launchctl", "bootout", serviceTarget(uid.get()));
    }
    CommandResult bootstrap =
        context.commands().run("launchctl", "bootstrap", domain(uid.get()), plist().toString());
    if (!bootstrap.succeeded()) {
      return failed(
          "Wrote "
              + plist()
              + " but launchctl bootstrap failed: "
              + TickCommand.firstLine(bootstrap)
              + ". Load it with: launchctl bootstrap "
              + domain(uid.get())
              + " "
              + Quoting.posix(plist().toString()));
    }
    return succeeded(
        "Installed the launchd agent "
            + LABEL
            + " ("
            + plist()
            + "): it runs the scheduler tick at login and every "
            + INTERVAL_SECONDS
            + " s, logging to "
            + log()
            + ".",
        List.of(plist()),
        List.of());
  }

  @Override
  public RunnerResult uninstall() {
    Optional<String> uid = uid();
    if (uid.isPresent() && isLoaded(uid.get())) {
      context.commands().run("launchctl", "bootout", serviceTarget(uid.get()));
    }
    boolean deleted = LocalFiles.delete(plist());
    String message =
        deleted
            ? "Removed the launchd agent " + LABEL + " (" + plist() + ")."
            : "The launchd agent " + LABEL + " was not installed.";
    return removed(message, deleted ? List.of(plist()) : List.of());
  }

  @Override
  public RunnerStatus status() {
    boolean installed = Files.exists(plist());
    boolean loaded = uid().map(this::isLoaded).orElse(false);
    String message;
    if (!installed) {
      message = "The launchd agent " + LABEL + " is not installed.";
    } else if (!loaded) {
      message =
          "The launchd agent "
              + LABEL
              + " is installed but not loaded. Load it with: launchctl bootstrap gui/$(id -u) "
              + Quoting.posix(plist().toString());
    } else {
      message = "The launchd agent " + LABEL + " is loaded and runs every 60 s.";
    }
    return RunnerStatus.builder()
        .runner(kind())
        .installed(installed)
        .active(installed && loaded)
        .file(plist())
        .log(log())
        .lastTick(TickCommand.lastTick(context))
        .message(message)
        .build();
  }

  /** Returns the agent's property list; paths are XML-escaped and the API key is never in it. */
  String plistContent() {
    String log = Quoting.requirePrintable(log().toString(), "log path");
    StringBuilder xml =
        new StringBuilder()
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\"")
            .append(" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n")
            .append("<plist version=\"1.0\">\n")
            .append("<dict>\n");
    entry(xml, 1, "Label", LABEL);
    xml.append("  <key>ProgramArguments</key>\n").append("  <array>\n");
    string(xml, 2, TickCommand.launcher(context));
    string(xml, 2, TickCommand.ARGUMENT);
    xml.append("  </array>\n")
        .append("  <key>RunAtLoad</key>\n")
        .append("  <true/>\n")
        .append("  <key>StartInterval</key>\n")
        .append("  <integer>" + INTERVAL_SECONDS + "</integer>\n");
    entry(xml, 1, "StandardOutPath", log);
    entry(xml, 1, "StandardErrorPath", log);
    xml.append("  <key>EnvironmentVariables</key>\n").append("  <dict>\n");
    for (Map.Entry<String, String> variable : TickCommand.environment(context).entrySet()) {
      entry(xml, 2, variable.getKey(), variable.getValue());
    }
    return xml.append("  </dict>\n").append("</dict>\n").append("</plist>\n").toString();
  }

  private static void entry(StringBuilder xml, int depth, String key, String value) {
    xml.append("  ".repeat(depth)).append("<key>").append(Quoting.xml(key)).append("</key>\n");
    string(xml, depth, value);
  }

  private static void string(StringBuilder xml, int depth, String value) {
    xml.append("  ".repeat(depth))
        .append("<string>")
        .append(Quoting.xml(value))
        .append("</string>\n");
  }

  private Optional<String> uid() {
    CommandResult id = context.commands().run("id", "-u");
    String uid = id.stdout().trim();
    return id.succeeded() && uid.matches("\\d+") ? Optional.of(uid) : Optional.empty();
  }

  private boolean isLoaded(String uid) {
    return context.commands().run("launchctl", "print", serviceTarget(uid)).succeeded();
  }

  private static String domain(String uid) {
    return "gui/" + uid;
  }

  private static String serviceTarget(String uid) {
    return domain(uid) + "/" + LABEL;
  }
}

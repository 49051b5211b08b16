package dev.rp.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The command every runner calls, {@code <launcher> scheduler-tick}, and its environment. */
final class TickCommand {

  /** The launcher's argument that runs one tick. */
  static final String ARGUMENT = "scheduler-tick";

  /** Environment variables passed on to the tick when set; never the API key. */
  private static final List<String> PASSED_ON =
      List.of("RP_SSH_CONFIG", "RUNPOD_API_URL", "JAVA_HOME");

  /**
   * Variables the manual command sets, when {@link #environment} has them: the folders and the
   * API's address, which a task scheduler's environment usually lacks; never the API key.
   */
  private static final List<String> MANUAL_VARIABLES =
      List.of("HOME", "RP_CONFIG_DIR", "RP_SSH_CONFIG", "RUNPOD_API_URL");

  private static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";
  private static final String DEFAULT_MAC_PATH =
      "/opt/homebrew/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin";

  private TickCommand() {}

  /** Returns the launcher's path, checked to be printable. */
  static String launcher(RunnerContext context) {
    return Quoting.requirePrintable(context.launcher().toString(), "launcher path");
  }

  /**
   * Returns the variables a runner sets for the tick: {@code PATH} and {@code HOME} of this
   * environment, {@code RP_CONFIG_DIR} when the config folder is not the default one, and {@code
   * RP_SSH_CONFIG}, {@code RUNPOD_API_URL} and {@code JAVA_HOME} when set. The tick reads the API
   * key itself, from the environment or the key file.
   */
  static Map<String, String> environment(RunnerContext context) {
    Map<String, String> env = context.environment();
    Map<String, String> variables = new LinkedHashMap<>();
    String path = env.get("PATH");
    variables.put("PATH", isSet(path) ? path : isMac(context) ? DEFAULT_MAC_PATH : DEFAULT_PATH);
    variables.put("HOME", context.home().toString());
    Path defaultConfigDir = context.home().resolve(".config/rp").toAbsolutePath().normalize();
    if (!configDir(context).equals(defaultConfigDir)) {
      variables.put("RP_CONFIG_DIR", configDir(context).toString());
    }
    for (String name : PASSED_ON) {
      if (isSet(env.get(name))) {
        variables.put(name, env.get(name));
      }
    }
    variables.replaceAll((name, value) -> Quoting.requirePrintable(value, name + " value"));
    return variables;
  }

  /** Returns the config folder as an absolute path, since a runner starts in another folder. */
  static Path configDir(RunnerContext context) {
    return context.configDir().toAbsolutePath().normalize();
  }

  /**
   * Returns a warning when the API key is set only in this environment, which the background tick
   * does not inherit.
   */
  static List<String> keyWarnings(RunnerContext context) {
    List<String> warnings = new ArrayList<>();
    Path keyFile = context.configDir().resolve("runpod_api_key");
    if (isSet(context.environment().get("RUNPOD_API_KEY")) && !Files.exists(keyFile)) {
      warnings.add(
          "RUNPOD_API_KEY is set in this shell only, and the background tick does not inherit it."
              + " Save the key in "
              + keyFile
              + " so that scheduled stops can run.");
    }
    return warnings;
  }

  /**
   * Returns the command a user can run every minute, quoted for the platform's shell. On a POSIX
   * shell it starts with {@code HOME} and, when set, {@code RP_CONFIG_DIR}, {@code RP_SSH_CONFIG}
   * and {@code RUNPOD_API_URL}, such as {@code HOME='/home/me' '/usr/local/bin/rp' scheduler-tick}.
   */
  // NOTE: the Windows command carries no variables, so it must run as the same user, with the
  // same RP_* variables set.
  static String manualCommand(RunnerContext context) {
    String launcher = context.launcher().toString();
    boolean windows = context.osName().toLowerCase(Locale.ROOT).startsWith("windows");
    if (windows) {
      return Quoting.windows(launcher) + " " + ARGUMENT;
    }
    Map<String, String> variables = environment(context);
    StringBuilder command = new StringBuilder();
    for (String name : MANUAL_VARIABLES) {
      if (variables.containsKey(name)) {
        command.append(name).append('=').append(Quoting.posix(variables.get(name))).append(' ');
      }
    }
    return command.append(Quoting.posix(launcher)).append(' ').append(ARGUMENT).toString();
  }

  /** Returns when a tick last ran, from the last-tick file in the config folder. */
  static Optional<Instant> lastTick(RunnerContext context) {
    return LastTickFile.read(Scheduler.lastTickFile(context.configDir()));
  }

  /** Returns the user's login name: {@code USER}, {@code LOGNAME}, else {@code id -un}. */
  static Optional<String> userName(RunnerContext context) {
    for (String name : List.of("USER", "LOGNAME")) {
      if (isSet(context.environment().get(name))) {
        return Optional.of(context.environment().get(name));
      }
    }
    CommandResult id = context.commands().run("id", "-un");
    return id.succeeded() && !id.stdout().isBlank()
        ? Optional.of(id.stdout().trim())
        : Optional.empty();
  }

  static boolean isMac(RunnerContext context) {
    return context.osName().toLowerCase(Locale.ROOT).startsWith("mac");
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  /** Returns the first line of a command's error output, for messages. */
  static String firstLine(CommandResult result) {
    String text = result.stderr().isBlank() ? result.stdout() : result.stderr();
    String line = text.strip().lines().findFirst().orElse("");
    return line.isEmpty() ? "exit code " + result.exitCode() : line;
  }
}

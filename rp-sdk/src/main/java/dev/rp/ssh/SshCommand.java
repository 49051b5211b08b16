package dev.rp.ssh;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.rp.NotFoundLocallyException;
import dev.rp.RpPaths;
import dev.rp.SshException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the real {@code ssh} client against the entries {@link SshConfigManager} writes.
 *
 * <p>Commands name the alias as the host and pass {@code -F <config>} when the SSH config is not
 * the file {@code ssh} reads by default. Runs without a terminal pass {@code -o BatchMode=yes}, so
 * {@code ssh} never waits for a password or a yes/no prompt.
 *
 * <pre>{@code
 * SshCommand ssh = SshCommand.create(RpPaths.fromEnvironment());
 * new ProcessBuilder(ssh.interactiveShell("dev-1", Optional.of("/workspace"))).inheritIO().start();
 * int exit = ssh.runScript("dev-1", setupScript, Map.of(), System.out::println);
 * }</pre>
 */
public final class SshCommand {

  private static final Logger log = LoggerFactory.getLogger(SshCommand.class);

  /** Exit code with which {@code ssh} reports its own failure, such as a refused connection. */
  public static final int SSH_FAILURE = 255;

  /** Options of every run without a terminal. */
  private static final List<String> BATCH_OPTIONS =
      List.of(
          "-T",
          "-o",
          "BatchMode=yes",
          // Give up on a pod that does not respond, rather than after the TCP timeout of minutes.
          "-o",
          "ConnectTimeout=30",
          // Notice a pod that vanished mid-run after about a minute.
          "-o",
          "ServerAliveInterval=15",
          "-o",
          "ServerAliveCountMax=4",
          // Keep ssh's notices such as "Permanently added ... to the list of known hosts" out of
          // the output; errors still show.
          "-o",
          "LogLevel=ERROR");

  private final RpPaths paths;
  private final SshConfigManager config;

  private SshCommand(RpPaths paths, SshConfigManager config) {
    this.paths = paths;
    this.config = config;
  }

  /** Returns commands for the SSH config of {@code paths}. */
  public static SshCommand create(RpPaths paths) {
    return create(paths, SshConfigManager.create(paths));
  }

  /** Returns commands for the SSH config of {@code paths}, looking pods up in {@code config}. */
  public static SshCommand create(RpPaths paths, SshConfigManager config) {
    return new SshCommand(paths, config);
  }

  /**
   * Returns the command line of an interactive login shell on the pod of {@code alias}, with agent
   * forwarding ({@code -A}) and a terminal ({@code -t}). With a {@code path}, the shell starts
   * there: the remote command is {@code cd '<path>' && exec $SHELL -l}.
   *
   * @throws dev.rp.InvalidInputException when {@code alias} is not a plain host name
   */
  public List<String> interactiveShell(String alias, Optional<String> path) {
    List<String> command = base();
    command.add("-A");
    command.add("-t");
    command.add(ConfigValues.requireAlias(alias));
    // A configured folder that does not exist on the pod must not cost the user the shell.
    path.ifPresent(
        dir ->
            command.add(
                ShellQuoting.changeDirectory(dir)
                    + " 2>/dev/null || printf 'rp: %s is not a folder on the pod; the shell"
                    + " starts in the home folder\\n' "
                    + ShellQuoting.quote(dir)
                    + " >&2; exec $SHELL -l"));
    return command;
  }

  /**
   * Returns the command line that runs {@code remoteCommand} on the pod of {@code alias} without a
   * terminal. The pod's login shell reads {@code remoteCommand}, so quote its arguments for a POSIX
   * shell.
   *
   * @throws dev.rp.InvalidInputException when {@code alias} is not a plain host name
   */
  public List<String> batchCommand(String alias, String remoteCommand) {
    List<String> command = base();
    command.addAll(BATCH_OPTIONS);
    command.add(ConfigValues.requireAlias(alias));
    command.add(remoteCommand);
    return command;
  }

  /**
   * Returns the {@code ssh} argument list that runs {@code remoteCommand} on the pod of {@code
   * alias} without a terminal, with agent forwarding, in {@code folder} when one is given: {@code
   * ssh [-F config] -A ... alias 'cd '<folder>' && <remoteCommand>'}. The command runs only if the
   * folder exists.
   */
  public List<String> commandInFolder(String alias, Optional<String> folder, String remoteCommand) {
    String command =
        folder
            .map(dir -> ShellQuoting.changeDirectory(dir) + " && " + remoteCommand)
            .orElse(remoteCommand);
    List<String> argv = batchCommand(alias, command);
    argv.add(1, "-A");
    return argv;
  }

  /**
   * Copies {@code localScript} to the pod of {@code alias} and runs it with {@code bash}, passing
   * each line it prints to {@code output}, and returns its exit code.
   *
   * <p>The script is uploaded to a temporary file first and then run with standard input from
   * {@code /dev/null}, so a command in it that reads standard input cannot swallow the rest of the
   * script. Its environment has {@code RP_ALIAS} and {@code RP_POD_ID}, the pod of the alias's
   * entry, plus {@code env}, which may override either. The script's standard error is merged into
   * its output; {@code output} is called from one thread at a time.
   *
   * @return the script's exit code; a non-zero code is returned, not thrown, and 255 with no error
   *     line from ssh is the script's own
   * @throws SshException when {@code ssh} itself failed (exit code 255 with an error from ssh),
   *     with ssh's last error line, or when the script cannot be read
   * @throws NotFoundLocallyException when {@code alias} has no entry and {@code env} names no
   *     {@code RP_POD_ID}
   */
  public int runScript(
      String alias, Path localScript, Map<String, String> env, Consumer<String> output) {
    byte[] script = readScript(localScript);
    List<String> command = batchCommand(alias, remoteScriptCommand(environment(alias, env)));
    log.debug("Running {} on {}", localScript, alias);
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new SshException("Could not start ssh: " + e.getMessage() + ". Is ssh installed?", e);
    }
    Consumer<String> serialized =
        line -> {
          synchronized (output) {
            output.accept(line);
          }
        };
    AtomicReference<String> lastError = new AtomicReference<>();
    Thread stdout = pump(process.getInputStream(), serialized, "ssh-stdout-" + alias);
    Thread stderr =
        pump(
            process.getErrorStream(),
            line -> {
              lastError.set(line);
              serialized.accept(line);
            },
            "ssh-stderr-" + alias);
    sendScript(process, script);
    int exit = awaitExit(process, stdout, stderr);
    log.debug("Script {} on {} exited with {}", localScript, alias, exit);
    if (exit == SSH_FAILURE && lastError.get() != null) {
      throw new SshException(
          "ssh to '" + alias + "' failed: " + lastError.get() + ". Check that the pod is running.");
    }
    return exit;
  }

  /**
   * Returns the remote command that saves standard input to a temporary file and runs it with
   * {@code bash}, with {@code env} exported.
   */
  static String remoteScriptCommand(Map<String, String> env) {
    String exports =
        env.entrySet().stream()
            .map(
                e ->
                    ShellQuoting.requireVariableName(e.getKey())
                        + "="
                        + ShellQuoting.quote(e.getValue()))
            .collect(Collectors.joining(" "));
    String export = exports.isEmpty() ? "" : "export " + exports + "; ";
    return "f=$(mktemp \"${TMPDIR:-/tmp}/rp-script.XXXXXX\") && cat >\"$f\" && { "
        + export
        + "bash \"$f\" </dev/null 2>&1; rc=$?; rm -f \"$f\"; exit $rc; }";
  }

  private List<String> base() {
    List<String> command = new ArrayList<>();
    command.add("ssh");
    if (!paths.sshConfigIsDefault()) {
      command.add("-F");
      command.add(paths.sshConfig().toAbsolutePath().toString());
    }
    return command;
  }

  private Map<String, String> environment(String alias, Map<String, String> env) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("RP_ALIAS", alias);
    if (!env.containsKey("RP_POD_ID")) {
      ManagedEntry entry =
          config
              .find(alias)
              .orElseThrow(
                  () ->
                      new NotFoundLocallyException(
                          "alias",
                          alias,
                          config.entries().stream()
                              .map(ManagedEntry::alias)
                              .collect(Collectors.toList())));
      all.put("RP_POD_ID", entry.podId());
    }
    all.putAll(env);
    return all;
  }

  private static byte[] readScript(Path script) {
    try {
      return Files.readAllBytes(script);
    } catch (IOException e) {
      throw new SshException("Could not read the script " + script + ": " + e.getMessage(), e);
    }
  }

  private static void sendScript(Process process, byte[] script) {
    try (OutputStream in = process.getOutputStream()) {
      in.write(script);
    } catch (IOException closedEarly) {
      // ssh exited before it read the whole script, and its exit code and error show why.
      log.debug("ssh closed its input early", closedEarly);
    }
  }

  private static Thread pump(InputStream stream, Consumer<String> sink, String name) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                  sink.accept(line);
                }
              } catch (IOException closed) {
                log.debug("Stopped reading {}", name, closed);
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static int awaitExit(Process process, Thread stdout, Thread stderr) {
    try {
      int exit = process.waitFor();
      stdout.join();
      stderr.join();
      return exit;
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new SshException("Interrupted while a script ran over ssh; ssh was stopped.", e);
    }
  }
}

package dev.rp.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The launcher's side of the {@link Daemon}: sends a command to the background process and prints
 * its output, or starts the process for the next command.
 */
final class DaemonClient {

  // Time the process has to respond before the command runs in this JVM instead.
  private static final int ACCEPT_TIMEOUT_MS = 2000;

  private final Daemon daemon;
  private boolean reached;

  DaemonClient(Daemon daemon) {
    this.daemon = daemon;
  }

  /**
   * Runs {@code args} in the background process, writing its output to this process's stdout and
   * stderr, and returns the exit code; returns empty when the process is not running or hands the
   * command back, in which case nothing was printed.
   */
  OptionalInt run(Map<String, String> env, String... args) {
    return run(
        env,
        new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err),
        args);
  }

  /**
   * Runs {@code args} as {@link #run(Map, String...)} does, printing to {@code out} and {@code
   * err}.
   */
  OptionalInt run(Map<String, String> env, OutputStream out, OutputStream err, String... args) {
    Optional<Daemon.Endpoint> found = daemon.readEndpoint();
    if (found.isEmpty()) {
      return OptionalInt.empty();
    }
    Daemon.Endpoint endpoint = found.get();
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()),
          ACCEPT_TIMEOUT_MS);
      socket.setSoTimeout(ACCEPT_TIMEOUT_MS);
      // A request of more than one buffer leaves in parts, which Nagle's algorithm would delay.
      socket.setTcpNoDelay(true);
      DataOutputStream requestStream =
          new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      requestStream.write(endpoint.clientToken().getBytes(StandardCharsets.US_ASCII));
      requestStream.flush();
      byte[] proof = new byte[endpoint.serverToken().length()];
      in.readFully(proof);
      if (!endpoint.serverToken().equals(new String(proof, StandardCharsets.US_ASCII))) {
        return OptionalInt.empty(); // Not rp's process, so it gets nothing more.
      }
      reached = true;
      request(env, args).write(requestStream);
      if (in.readByte() != Daemon.ACCEPTED) {
        return OptionalInt.empty();
      }
      // A command may take minutes, as after a 429 response with Retry-After, but the process
      // sends a heartbeat every second. Without one, the process is taken to be frozen, and the
      // command runs in this JVM: the commands the process takes are safe to run twice.
      socket.setSoTimeout((int) Daemon.HEARTBEAT_LIMIT.toMillis());
      return print(in, out, err);
    } catch (IOException | RuntimeException e) {
      // Not running, stopped meanwhile, too slow to respond, or an endpoint file that is not
      // rp's: the caller runs the command, and starts a process that replaces the file.
      return OptionalInt.empty();
    }
  }

  private Daemon.Request request(Map<String, String> env, String... args) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (String name : Daemon.TERMINAL_PROPERTIES) {
      String value = System.getProperty(name);
      if (value != null) {
        properties.put(name, value);
      }
    }
    return new Daemon.Request(
        daemon.key(), List.of(args), env, properties, System.console() != null);
  }

  // The whole output is read before any of it is printed, so that a process that dies midway
  // leaves nothing printed and the command can run here in full.
  private static OptionalInt print(DataInputStream in, OutputStream out, OutputStream err)
      throws IOException {
    List<byte[]> frames = new ArrayList<>();
    List<Boolean> toStdout = new ArrayList<>();
    while (true) {
      byte type = in.readByte();
      if (type == Daemon.HEARTBEAT) {
        continue;
      }
      if (type == Daemon.STDOUT || type == Daemon.STDERR) {
        frames.add(Daemon.readFrame(in));
        toStdout.add(type == Daemon.STDOUT);
      } else if (type == Daemon.EXIT) {
        int code = in.readInt();
        write(frames, toStdout, out, err);
        return OptionalInt.of(code);
      } else {
        return OptionalInt.empty();
      }
    }
  }

  // The command has run, so a failed write, such as to a closed pipe, must not make it run again.
  private static void write(
      List<byte[]> frames, List<Boolean> toStdout, OutputStream out, OutputStream err) {
    try {
      for (int i = 0; i < frames.size(); i++) {
        OutputStream target = toStdout.get(i) ? out : err;
        target.write(frames.get(i));
        target.flush();
      }
    } catch (IOException e) {
      // The reader of stdout or stderr is gone, as after rp list | head -1.
    }
  }

  /**
   * Starts the background process unless {@link #run} reached it, detached from this process's
   * terminal and with none of its secrets: its environment keeps only what the JVM reads at start.
   */
  void startProcess() {
    if (reached) {
      return;
    }
    List<String> command = new ArrayList<>(detaching(Path.of("/usr/bin/setsid")));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(DaemonServer.JVM_OPTIONS);
    command.addAll(archiveOptions());
    String launcher = System.getProperty("rp.launcher");
    if (launcher != null) {
      command.add("-Drp.launcher=" + launcher);
    }
    command.addAll(
        List.of(
            "-cp",
            daemon.jar().toString(),
            DaemonServer.class.getName(),
            daemon.folder().toString(),
            daemon.key()));

    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> !DaemonServer.INHERITED_VARIABLES.contains(name));
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.redirectErrorStream(true);
    // Appended, because a second process that loses the race for the lock exits at once and
    // would otherwise empty the log of the one that runs.
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(daemon.log().toFile()));
    // The folder of its files, so that it keeps no user's folder busy.
    builder.directory(daemon.folder().toFile());

    try {
      builder.start();
    } catch (IOException e) {
      // Without the process, every command runs in its own JVM, as with RP_DAEMON=0.
    }
  }

  /**
   * Returns the start of a command that detaches the program after it from the terminal: {@code
   * setsid} gives it a session of its own. Without {@code setsid}, as on macOS, a shell ignores
   * SIGINT and SIGHUP and runs the program, and a JVM leaves ignored signals ignored, so neither
   * Ctrl-C nor a closed terminal stops it.
   */
  static List<String> detaching(Path setsid) {
    if (Files.isExecutable(setsid)) {
      return List.of(setsid.toString());
    }
    return List.of("/bin/sh", "-c", "trap '' INT HUP; exec \"$0\" \"$@\"");
  }

  // This JVM's class data sharing options. The process gets the full archive even when this JVM
  // mapped the client one, which lacks the classes that run commands.
  private static List<String> archiveOptions() {
    List<String> options = new ArrayList<>();
    for (String option : ProcessHandle.current().info().arguments().orElse(new String[0])) {
      if (option.startsWith("-XX:SharedArchiveFile=") && option.endsWith("-client.jsa")) {
        String full = option.substring(0, option.length() - "-client.jsa".length()) + ".jsa";
        if (Files.isRegularFile(Path.of(full.substring("-XX:SharedArchiveFile=".length())))) {
          options.add(full);
        }
      } else if (option.startsWith("-XX:SharedArchiveFile=") || option.startsWith("-Xshare:")) {
        options.add(option);
      }
    }
    return options;
  }
}

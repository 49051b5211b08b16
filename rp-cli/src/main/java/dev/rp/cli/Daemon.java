package dev.rp.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The endpoint of rp's background process: a JVM that stays up after a command so that later quick
 * commands skip the JVM's and the libraries' start-up.
 *
 * <p>Only commands that never start other programs and rarely prompt go to it: help, the version,
 * {@code list}, {@code show}, {@code template list}, {@code schedule list} and Tab completion. The
 * launcher sends the arguments, the environment and the terminal facts over a TCP connection on
 * 127.0.0.1 and prints the output it gets back: from its shell client {@code rp-client.bash} when
 * bash 4.1 or later is on the PATH, which spares the launcher a JVM, and otherwise from its JVM.
 * When the process is not running, the command runs in the launcher's JVM, which starts the process
 * for the next command. The connection is TCP rather than a Unix domain socket, because opening the
 * latter cost Java 17 about 20 ms of start-up on the machine rp was measured on.
 *
 * <p>The process publishes its port and two tokens in an endpoint file in {@code
 * $XDG_RUNTIME_DIR/rp}, else in {@code rp-USER} in the temporary folder; only a folder of the
 * current user with mode 0700 is used, so only that user can learn the tokens. The file names
 * derive from the jar, the Java runtime, and the time zone and locale variables, so that a rebuilt
 * jar or another zone gets its own process. {@code RP_DAEMON=0} turns the process off. It exits
 * after {@link #IDLE_LIMIT} without a request, when its jar changes, and when its endpoint file is
 * removed or replaced.
 */
final class Daemon {

  /** Environment variable that turns the background process off with {@code 0}. */
  static final String SWITCH_VARIABLE = "RP_DAEMON";

  /** Time without a request after which the process exits. */
  static final Duration IDLE_LIMIT = Duration.ofMinutes(20);

  /**
   * First word of every request from the launcher's JVM, so that a stray connection is recognized.
   */
  static final int MAGIC = 0x72704431;

  /**
   * First word of a request from the launcher's shell client, {@code rp-client.bash}: "rpS1", as
   * the first of the request's NUL-terminated fields.
   */
  static final int SHELL_MAGIC = 0x72705331;

  /**
   * Time the launcher waits for the next frame of an accepted command. The process sends one at
   * least once a second, so after this time the launcher runs the command itself.
   */
  static final Duration HEARTBEAT_LIMIT = Duration.ofSeconds(5);

  /** Response frame: the request was read and runs now. */
  static final byte ACCEPTED = 'A';

  /** Response frame: bytes for stdout. */
  static final byte STDOUT = 'O';

  /** Response frame: bytes for stderr. */
  static final byte STDERR = 'E';

  /** Response frame: the exit code, last. */
  static final byte EXIT = 'X';

  /** Response frame: run the command in the launcher's JVM instead, since nothing was done. */
  static final byte RUN_LOCALLY = 'L';

  /** Response frame: the command still runs. */
  static final byte HEARTBEAT = 'H';

  /** System properties that describe the terminal, sent with every request. */
  static final List<String> TERMINAL_PROPERTIES =
      List.of(
          "rp.tty",
          "rp.columns",
          "rp.launcher",
          "stdout.encoding",
          "sun.stdout.encoding",
          "native.encoding");

  // Variables that change how the JVM formats times and text, so they are part of the key.
  private static final List<String> JVM_VARIABLES =
      List.of("TZ", "LANG", "LC_ALL", "LC_CTYPE", "LC_TIME", "LC_NUMERIC", "LC_MESSAGES");

  // Variables holding paths, which the process could only resolve against its own folder.
  private static final List<String> PATH_VARIABLES =
      List.of("HOME", "RP_CONFIG_DIR", "XDG_CONFIG_HOME", "RP_SSH_CONFIG");

  // Variables the java command reads options from, which the process would not have.
  private static final List<String> JAVA_OPTIONS_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private final Path folder;
  private final Path jar;
  private final String key;

  Daemon(Path folder, Path jar, String key) {
    this.folder = folder;
    this.jar = jar;
    this.key = key;
  }

  /**
   * Returns the endpoint for a command run with {@code env}, or empty when the background process
   * is off, rp does not run from a jar, or no private folder for its files is available.
   */
  static Optional<Daemon> forEnvironment(Map<String, String> env) {
    if (!suits(env)) {
      return Optional.empty();
    }
    Optional<Path> jar = runningJar();
    Optional<Path> folder = privateFolder(env);
    if (jar.isEmpty() || folder.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Daemon(folder.get(), jar.get(), key(jar.get(), env)));
  }

  // Whether a command run with env may go to the background process.
  private static boolean suits(Map<String, String> env) {
    String setting = env.getOrDefault(SWITCH_VARIABLE, "");
    if (setting.equals("0") || setting.equalsIgnoreCase("false") || setting.equals("off")) {
      return false;
    }
    for (String variable : PATH_VARIABLES) {
      String value = env.get(variable);
      if (value != null && !value.isBlank() && !Path.of(value).isAbsolute()) {
        return false;
      }
    }
    for (String variable : JAVA_OPTIONS_VARIABLES) {
      String value = env.get(variable);
      if (value != null && !value.isBlank()) {
        return false;
      }
    }
    // System properties such as a proxy or a trust store would be missing in the process.
    return !env.getOrDefault("RP_JAVA_OPTS", "").contains("-D");
  }

  /**
   * Returns whether the command in {@code args} may run in the background process: help and the
   * version, and commands that read state and start no other program. {@code --verbose} runs in the
   * launcher's JVM, because its logging is set for the whole process, and so does an {@code @FILE}
   * argument.
   */
  static boolean accepts(String... args) {
    for (String arg : args) {
      // picocli reads @FILE arguments relative to the working folder, which the process lacks.
      if (arg.equals("--verbose") || arg.startsWith("@")) {
        return false;
      }
    }
    if (args.length == 0 || asksForHelp(args)) {
      return true;
    }
    String command = args[0];
    String second = args.length > 1 ? args[1] : "";
    return switch (command) {
      case "-V", "--version", "list", "show", "__complete" -> true;
      case "template", "schedule" -> second.equals("list");
      default -> false;
    };
  }

  // Help prints text only, unless "--" made --help an argument, as in rp shell dev-1 -- ls --help.
  private static boolean asksForHelp(String... args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /** Returns the folder of the endpoint file, the lock and the log. */
  Path folder() {
    return folder;
  }

  /** Returns the jar the process runs. */
  Path jar() {
    return jar;
  }

  /** Returns the key that a request and the process must share. */
  String key() {
    return key;
  }

  /**
   * Returns the endpoint file: the loopback port of the running process and the two tokens that the
   * process and the launcher exchange to prove that each read this file.
   */
  Path endpointFile() {
    return folder.resolve("rp-" + shortKey() + ".endpoint");
  }

  /** Returns the lock file, held by the running process and holding its process id. */
  Path lock() {
    return folder.resolve("rp-" + shortKey() + ".lock");
  }

  /** Returns the process's log of its start, its exit and failed requests. */
  Path log() {
    return folder.resolve("rp-" + shortKey() + ".log");
  }

  /** Returns the endpoint the running process published, or empty when there is none. */
  Optional<Endpoint> readEndpoint() {
    try {
      String[] words =
          new String(Files.readAllBytes(endpointFile()), StandardCharsets.US_ASCII)
              .trim()
              .split(" ");
      if (words.length != 3) {
        return Optional.empty();
      }
      int port = Integer.parseInt(words[0]);
      if (port < 1 || port > 65535) {
        return Optional.empty();
      }
      return Optional.of(new Endpoint(port, words[1], words[2]));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Port on 127.0.0.1 of the running process, and the tokens of its handshake. A launcher first
   * sends {@code clientToken}, the process responds with {@code serverToken}, and only then does
   * the launcher send its environment. So a program that took the port after a crash never gets the
   * request.
   */
  record Endpoint(int port, String clientToken, String serverToken) {

    /** Returns the text of the endpoint file. */
    String text() {
      return port + " " + clientToken + " " + serverToken + "\n";
    }
  }

  private String shortKey() {
    return Integer.toHexString(key.hashCode());
  }

  /**
   * Returns the jar this JVM runs, or empty when the class path is not one jar. The launcher passes
   * the jar as the class path, which is cheaper to read than the code source.
   */
  static Optional<Path> runningJar() {
    String classPath = System.getProperty("java.class.path", "");
    if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
      return Optional.empty();
    }
    Path path = Path.of(classPath).toAbsolutePath();
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  /** Returns the key of a process for {@code jar} and {@code env}: what its output depends on. */
  static String key(Path jar, Map<String, String> env) {
    StringBuilder key = new StringBuilder();
    key.append(jar).append('|');
    try {
      key.append(Files.size(jar)).append('|').append(Files.getLastModifiedTime(jar).toMillis());
    } catch (IOException e) {
      key.append("unreadable");
    }
    key.append('|').append(System.getProperty("java.home"));
    key.append('|').append(System.getProperty("java.version"));
    for (String variable : JVM_VARIABLES) {
      key.append('|').append(variable).append('=').append(env.getOrDefault(variable, ""));
    }
    if (env.getOrDefault("TZ", "").isEmpty()) {
      key.append('|').append(systemZone());
    }
    return key.toString();
  }

  // Without TZ the JVM takes the zone from /etc/localtime, a link to the zone's file on Linux,
  // so a changed system zone gets a new process.
  private static String systemZone() {
    Path localtime = Path.of("/etc/localtime");
    try {
      return Files.isSymbolicLink(localtime)
          ? Files.readSymbolicLink(localtime).toString()
          : Long.toString(Files.getLastModifiedTime(localtime).toMillis());
    } catch (IOException e) {
      return "";
    }
  }

  // A folder that another user could write to would let that user respond in rp's place.
  private static Optional<Path> privateFolder(Map<String, String> env) {
    String runtime = env.get("XDG_RUNTIME_DIR");
    Path folder =
        runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()
            ? Path.of(runtime, "rp")
            : Path.of(
                System.getProperty("java.io.tmpdir"), "rp-" + System.getProperty("user.name"));
    try {
      PosixFileAttributes attributes;
      try {
        attributes =
            Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        try {
          Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException created) {
          // Another command created it meanwhile, and it is checked below like ours.
        }
        attributes =
            Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      }
      boolean usable =
          attributes.isDirectory()
              && attributes.permissions().equals(OWNER_ONLY)
              && ownedByThisUser(folder);
      return usable ? Optional.of(folder) : Optional.empty();
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  // On Linux /proc/self belongs to the process's user, which spares a lookup of the user's name.
  private static boolean ownedByThisUser(Path folder) throws IOException {
    Path self = Path.of("/proc/self");
    if (Files.isDirectory(self)) {
      return Files.getAttribute(folder, "unix:uid", LinkOption.NOFOLLOW_LINKS)
          .equals(Files.getAttribute(self, "unix:uid"));
    }
    return Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS)
        .getName()
        .equals(System.getProperty("user.name"));
  }

  /** A command for the background process to run. */
  record Request(
      String key,
      List<String> args,
      Map<String, String> env,
      Map<String, String> properties,
      boolean consolePresent) {

    /** Writes this request to {@code out}. */
    void write(DataOutputStream out) throws IOException {
      out.writeInt(MAGIC);
      writeString(out, key);
      out.writeInt(args.size());
      for (String arg : args) {
        writeString(out, arg);
      }
      writeMap(out, env);
      writeMap(out, properties);
      out.writeBoolean(consolePresent);
      out.flush();
    }

    /** Reads a request from {@code in}. */
    static Request read(DataInputStream in) throws IOException {
      if (in.readInt() != MAGIC) {
        throw new IOException("not an rp request");
      }
      String key = readString(in);
      int count = readCount(in);
      String[] args = new String[count];
      for (int i = 0; i < count; i++) {
        args[i] = readString(in);
      }
      Map<String, String> env = readMap(in);
      Map<String, String> properties = readMap(in);
      return new Request(key, List.of(args), env, properties, in.readBoolean());
    }

    /**
     * Reads a request of the launcher's shell client from {@code in}. It is a series of
     * NUL-terminated fields: "rpS1", the jar, the java command, the launcher, the digits of the
     * streams that are terminals, the width, the number of arguments, the arguments, and {@code
     * NAME=VALUE} for each exported variable, ended by an empty field. The request gets the key of
     * a process that runs {@code jar} with the sent environment, or an empty key when its jar, its
     * Java, its environment or its command is not one for this process.
     */
    static Request readShell(InputStream in, Path jar) throws IOException {
      Fields fields = new Fields(in);
      if (!fields.next().equals("rpS1")) {
        throw new IOException("not an rp request");
      }
      String sentJar = fields.next();
      String java = fields.next();

      Map<String, String> properties = new LinkedHashMap<>();
      properties.put("rp.launcher", fields.next());
      String tty = fields.next();
      properties.put("rp.tty", tty);
      properties.put("rp.columns", fields.next());
      // The environment's locale variables are part of the key, so this JVM's encoding is the one
      // the launcher's JVM would have.
      for (String name : List.of("stdout.encoding", "native.encoding")) {
        String value = System.getProperty(name);
        if (value != null) {
          properties.put(name, value);
        }
      }

      int count = fields.count();
      String[] args = new String[count];
      for (int i = 0; i < count; i++) {
        args[i] = fields.next();
      }

      Map<String, String> env = new LinkedHashMap<>();
      for (String entry = fields.next(); !entry.isEmpty(); entry = fields.next()) {
        int equals = entry.indexOf('=');
        if (equals > 0) {
          env.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
      }

      boolean forThisProcess =
          sentJar.equals(jar.toString()) && runsThisJava(java) && suits(env) && accepts(args);
      return new Request(
          forThisProcess ? Daemon.key(jar, env) : "",
          List.of(args),
          env,
          properties,
          tty.contains("0") && tty.contains("1"));
    }
  }

  // Whether the java command resolves to the runtime of this JVM.
  private static boolean runsThisJava(String java) {
    try {
      return Path.of(java)
          .toRealPath()
          .equals(Path.of(System.getProperty("java.home"), "bin", "java").toRealPath());
    } catch (IOException | InvalidPathException e) {
      return false;
    }
  }

  /**
   * The NUL-terminated fields of a request from the shell client, which are the bytes of arguments
   * and variables. They are decoded as the JVM decodes its own, by {@code sun.jnu.encoding}, which
   * follows the locale variables of the key.
   */
  private static final class Fields {
    private final InputStream in;
    private final Charset charset = jnuCharset();
    private long remaining = 64 * 1024 * 1024;

    private static Charset jnuCharset() {
      String name = System.getProperty("sun.jnu.encoding", "UTF-8");
      return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
    }

    Fields(InputStream in) {
      this.in = in;
    }

    String next() throws IOException {
      ByteArrayOutputStream field = new ByteArrayOutputStream();
      for (int b = in.read(); b != 0; b = in.read()) {
        if (b < 0) {
          throw new EOFException("rp request ended within a field");
        }
        if (--remaining < 0) {
          throw new IOException("rp request is longer than 64 MiB");
        }
        field.write(b);
      }
      return field.toString(charset);
    }

    int count() throws IOException {
      String text = next();
      try {
        int count = Integer.parseInt(text);
        if (count >= 0 && count <= 64 * 1024) {
          return count;
        }
      } catch (NumberFormatException e) {
        // Reported below.
      }
      throw new IOException("invalid argument count " + text + " in an rp request");
    }
  }

  /** Writes {@code bytes} as one frame of {@code type}. */
  static void writeFrame(DataOutputStream out, byte type, byte[] bytes) throws IOException {
    out.writeByte(type);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Reads the bytes of a frame whose type byte was read. */
  static byte[] readFrame(DataInputStream in) throws IOException {
    byte[] bytes = new byte[readCount(in)];
    in.readFully(bytes);
    return bytes;
  }

  private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> entry : map.entrySet()) {
      writeString(out, entry.getKey());
      writeString(out, entry.getValue());
    }
  }

  private static Map<String, String> readMap(DataInputStream in) throws IOException {
    int count = readCount(in);
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      map.put(readString(in), readString(in));
    }
    return map;
  }

  // DataOutputStream.writeUTF stops at 64 KiB, which an environment value may exceed.
  private static void writeString(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    return new String(readFrame(in), StandardCharsets.UTF_8);
  }

  // Counts and lengths above this limit mean a corrupt or hostile stream.
  private static int readCount(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 64 * 1024 * 1024) {
      throw new IOException("invalid length " + count + " in an rp request");
    }
    return count;
  }
}

package dev.rp.cli;

import dev.rp.cli.output.Prompts;
import dev.rp.cli.output.Terminal;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;

/**
 * The background process of the {@link Daemon}: accepts commands on its loopback port and runs each
 * with the sender's environment, terminal facts and arguments, with its output kept apart from
 * other commands running at the same time.
 *
 * <p>A command that would prompt is handed back, because the process has no terminal: the prompt
 * raises an error that discards the command's output, and the launcher runs the command itself.
 */
final class DaemonServer {

  /**
   * JVM options of the process: the launcher's, for a small heap, but with both compilers, since
   * the process lives long enough for the optimizing one to pay off.
   */
  static final List<String> JVM_OPTIONS =
      List.of(
          "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m", "-Xlog:disable", "-Xlog:all=error:stderr");

  /** The environment variables the process keeps from the command that starts it. */
  static final List<String> INHERITED_VARIABLES =
      List.of(
          "PATH",
          "HOME",
          "TZ",
          "LANG",
          "LC_ALL",
          "LC_CTYPE",
          "LC_TIME",
          "LC_NUMERIC",
          "LC_MESSAGES",
          "XDG_RUNTIME_DIR");

  private static final int MAX_COMMANDS = 16;
  private static final long CHECK_INTERVAL_MS = 1000;
  private static final int TOKEN_TIMEOUT_MS = 1000;
  private static final int REQUEST_TIMEOUT_MS = 5000;
  private static final int WARM_UP_ROUNDS = 40;
  // Maximum length of a chunk for the shell client, which must read each within its heartbeat
  // timeout.
  private static final int MAX_CHUNK = 64 * 1024;
  private static final int TRAINING_ROUNDS = 10;
  private static final Set<PosixFilePermission> OWNER_READ_WRITE =
      PosixFilePermissions.fromString("rw-------");

  // Each command's stdout and stderr, for System.out and System.err on the thread that runs it.
  private static final ThreadLocal<PrintStream[]> STREAMS = new ThreadLocal<>();

  // One HTTP client for every command, so that a command reuses the connections of the last one.
  private static final OkHttpClient HTTP = new OkHttpClient();

  private final Daemon daemon;
  private volatile Daemon.Endpoint endpoint;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong lastRequest = new AtomicLong(System.currentTimeMillis());
  private final ScheduledExecutorService heartbeats =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "rp-daemon-heartbeat");
            thread.setDaemon(true);
            return thread;
          });
  private final ExecutorService commands =
      new ThreadPoolExecutor(
          0,
          MAX_COMMANDS,
          30,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          runnable -> {
            Thread thread = new Thread(runnable, "rp-daemon-command");
            thread.setDaemon(true);
            return thread;
          });

  DaemonServer(Daemon daemon) {
    this.daemon = daemon;
  }

  /** Runs the process for the folder of its files {@code args[0]} and the key {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    Path jar =
        Daemon.runningJar()
            .orElseThrow(() -> new IllegalStateException("The class path is not one rp.jar"));
    Daemon daemon = new Daemon(Path.of(args[0]), jar, args[1]);
    new DaemonServer(daemon).serve();
    System.exit(0); // Library threads, such as OkHttp's, must not keep the JVM up.
  }

  /** Listens until the process is idle too long, its jar changes or its endpoint file goes. */
  void serve() throws IOException {
    try (FileChannel lockChannel =
            FileChannel.open(daemon.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockChannel.tryLock()) {
      if (lock == null) {
        return; // Another process of the same key runs or is starting.
      }
      lockChannel.truncate(0);
      lockChannel.write(StandardCharsets.US_ASCII.encode(ProcessHandle.current().pid() + "\n"));
      routeStandardStreams();
      removeStaleEndpoints();
      try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
        // One round before the endpoint is published, so that the JDK's caches, such as time
        // zone names, are first filled by one thread only. With a command running at the same
        // time, a command once printed GMT+01:00 where the JVM otherwise prints CET.
        warmUp(1);
        String published = publish(server.getLocalPort());
        log("Listening on 127.0.0.1:" + server.getLocalPort());
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      if (!server.isClosed()) {
                        log("Stopping: the JVM is shutting down, such as after kill");
                      }
                      unpublish(published);
                      clearLock(lockChannel);
                    }));
        startWatcher(server, published);
        startWarmUp();
        try {
          accept(server);
        } finally {
          // Before the lock is released, so that a newer process's file is never removed.
          unpublish(published);
          clearLock(lockChannel);
        }
      } finally {
        log("Stopped");
      }
    }
  }

  /**
   * Writes the endpoint file for {@code port} with new tokens, readable by the user only, and
   * returns its text.
   */
  String publish(int port) throws IOException {
    SecureRandom random = new SecureRandom();
    endpoint = new Daemon.Endpoint(port, token(random), token(random));
    Path partial = daemon.folder().resolve(daemon.endpointFile().getFileName() + ".partial");
    Files.deleteIfExists(partial);
    Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
    Files.writeString(partial, endpoint.text(), StandardCharsets.US_ASCII);
    Files.move(
        partial,
        daemon.endpointFile(),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return endpoint.text();
  }

  private static String token(SecureRandom random) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }

  private void accept(ServerSocket server) {
    while (!server.isClosed()) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        if (!server.isClosed()) {
          log("Accept failed: " + e); // Such as too many open files; the next one may work.
        }
        continue;
      }
      try {
        commands.execute(() -> handle(socket));
      } catch (RejectedExecutionException e) {
        closeQuietly(socket); // Too many at once: the launcher runs this one itself.
      }
    }
  }

  /** Accepts one connection on {@code server} and handles it, for the class data training. */
  void handleNext(ServerSocket server) {
    try {
      handle(server.accept());
    } catch (IOException e) {
      log("Accept failed: " + e.getClass().getName());
    }
  }

  private void handle(Socket socket) {
    running.incrementAndGet();
    try (socket) {
      socket.setSoTimeout(TOKEN_TIMEOUT_MS);
      socket.setTcpNoDelay(true);
      DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
      AcknowledgingInputStream raw = new AcknowledgingInputStream(socket.getInputStream());
      DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
      byte[] token = new byte[endpoint.clientToken().length()];
      in.readFully(token);
      if (!MessageDigest.isEqual(
          token, endpoint.clientToken().getBytes(StandardCharsets.US_ASCII))) {
        log("Rejected a connection without the client token");
        return;
      }
      lastRequest.set(System.currentTimeMillis());
      socket.setSoTimeout(REQUEST_TIMEOUT_MS);
      out.write(endpoint.serverToken().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      in.mark(Integer.BYTES);
      Reply reply = new Reply(out, in.readInt() == Daemon.SHELL_MAGIC);
      in.reset();
      if (reply.shell) {
        raw.acknowledgeWith(reply);
      }
      Daemon.Request request =
          reply.shell ? Daemon.Request.readShell(in, daemon.jar()) : Daemon.Request.read(in);
      if (!request.key().equals(daemon.key())) {
        reply.notForThisProcess();
        return;
      }
      reply.accepted();
      socket.setSoTimeout(0);
      Outcome outcome;
      ScheduledFuture<?> heartbeat =
          heartbeats.scheduleAtFixedRate(reply::heartbeat, 1, 1, TimeUnit.SECONDS);
      try {
        outcome = run(request);
      } finally {
        heartbeat.cancel(false);
      }
      if (outcome.handedBack()) {
        reply.runLocally();
      } else {
        reply.finish(outcome);
      }
    } catch (IOException | RuntimeException e) {
      log("Request from port " + socket.getPort() + " failed: " + e);
    } finally {
      lastRequest.set(System.currentTimeMillis());
      running.decrementAndGet();
    }
  }

  /**
   * The socket's input, which sends a heartbeat before it waits for more of a request from the
   * shell client. Bash writes a request of more than 4 KiB in parts and cannot turn off Nagle's
   * algorithm, so the kernel sends each later part only once this side acknowledged the one before.
   * Linux delays that acknowledgement by up to 40 ms unless data goes back with it.
   */
  private static final class AcknowledgingInputStream extends FilterInputStream {
    private Reply reply;

    AcknowledgingInputStream(InputStream in) {
      super(in);
    }

    void acknowledgeWith(Reply reply) {
      this.reply = reply;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (reply != null && in.available() == 0) {
        reply.heartbeat();
      }
      return in.read(buffer, offset, length);
    }
  }

  /**
   * The response to one request, in frames for the launcher's JVM or in lines and chunks for its
   * shell client. Its methods are synchronized, because heartbeats come from another thread.
   */
  private static final class Reply {
    private final DataOutputStream out;
    private final boolean shell;
    private boolean done;

    Reply(DataOutputStream out, boolean shell) {
      this.out = out;
      this.shell = shell;
    }

    synchronized void accepted() throws IOException {
      send(Daemon.ACCEPTED, "a\n");
    }

    synchronized void heartbeat() {
      if (!done) {
        try {
          send(Daemon.HEARTBEAT, ".\n");
        } catch (IOException e) {
          done = true; // The launcher is gone; the command's result is dropped at the end.
        }
      }
    }

    synchronized void notForThisProcess() throws IOException {
      done = true;
      send(Daemon.RUN_LOCALLY, "o\n");
    }

    synchronized void runLocally() throws IOException {
      done = true;
      send(Daemon.RUN_LOCALLY, "l\n");
    }

    synchronized void finish(Outcome outcome) throws IOException {
      done = true;
      if (shell) {
        out.write(shellChunks(outcome.frames()));
        out.write(("x " + outcome.exitCode() + "\n").getBytes(StandardCharsets.US_ASCII));
      } else {
        for (Frame frame : outcome.frames()) {
          Daemon.writeFrame(out, frame.type(), frame.bytes());
        }
        out.writeByte(Daemon.EXIT);
        out.writeInt(outcome.exitCode());
      }
      out.flush();
    }

    private void send(byte frame, String line) throws IOException {
      if (shell) {
        out.write(line.getBytes(StandardCharsets.US_ASCII));
      } else {
        out.writeByte(frame);
      }
      out.flush();
    }
  }

  /**
   * Returns {@code frames} in the form the shell client reads fastest: for each run of writes to
   * one stream, a header line and the bytes, which bash 5.1 and later read with one system call
   * rather than one per byte. The header is the stream ({@code 1} stdout, {@code 2} stderr) and the
   * number of bytes that follow, at most 64 KiB, or {@code z} for a NUL byte, which a bash variable
   * cannot hold.
   */
  static byte[] shellChunks(List<Frame> frames) {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    int first = 0;
    while (first < frames.size()) {
      byte type = frames.get(first).type();
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      int next = first;
      for (; next < frames.size() && frames.get(next).type() == type; next++) {
        joined.writeBytes(frames.get(next).bytes());
      }
      first = next;
      String stream = type == Daemon.STDOUT ? "1 " : "2 ";
      byte[] bytes = joined.toByteArray();
      int start = 0;
      for (int i = 0; i <= bytes.length; i++) {
        if (i == bytes.length || bytes[i] == 0 || i - start == MAX_CHUNK) {
          if (i > start) {
            chunks.writeBytes((stream + (i - start) + "\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(bytes, start, i - start);
          }
          if (i < bytes.length && bytes[i] == 0) {
            chunks.writeBytes((stream + "z\n").getBytes(StandardCharsets.US_ASCII));
            start = i + 1;
          } else {
            start = i;
          }
        }
      }
    }
    return chunks.toByteArray();
  }

  /** Output and exit code of one command, or a command handed back to the launcher. */
  record Outcome(List<Frame> frames, int exitCode, boolean handedBack) {

    /** Returns what the command wrote to the stream {@code type}, for tests. */
    String text(byte type) {
      StringBuilder text = new StringBuilder();
      for (Frame frame : frames) {
        if (frame.type() == type) {
          text.append(new String(frame.bytes(), StandardCharsets.UTF_8));
        }
      }
      return text.toString();
    }
  }

  /** Runs {@code request} as {@link Main#run} would in the launcher's JVM. */
  static Outcome run(Daemon.Request request) {
    Properties properties = new Properties();
    properties.putAll(request.properties());
    Terminal terminal = Terminal.from(request.env(), properties, request.consolePresent());
    Charset charset = terminal.charset();
    Output output = new Output();
    PrintStream out = redacting(output.stream(Daemon.STDOUT), charset);
    PrintStream err = redacting(output.stream(Daemon.STDERR), charset);
    CliContext context = new CliContext(request.env(), terminal, out, err);
    context.shareHttpClient(HTTP);
    HandBack handBack = new HandBack();
    context.setPrompts(
        new Prompts(terminal.stdinIsTerminal(), handBack, err, prompt -> handBack.raise()));
    int exitCode;
    STREAMS.set(new PrintStream[] {out, err});
    try (Secrets.Scope secrets = Secrets.openScope()) {
      try {
        exitCode = Main.run(context, request.args().toArray(String[]::new));
      } catch (HandBackException e) {
        exitCode = 1;
      } finally {
        context.closeClient();
        STREAMS.remove();
        // Closed inside the scope, so that the last line is still masked with this key.
        out.close();
        err.close();
      }
    }
    return new Outcome(output.frames(), exitCode, handBack.raised());
  }

  /** A command's stdout and stderr writes in the order they were made, each tagged by stream. */
  static final class Output {
    private final List<Frame> frames = new ArrayList<>();

    /** Returns a stream whose writes become frames of {@code type}. */
    OutputStream stream(byte type) {
      return new OutputStream() {
        @Override
        public void write(int b) {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
          synchronized (frames) {
            frames.add(new Frame(type, Arrays.copyOfRange(bytes, offset, offset + length)));
          }
        }
      };
    }

    /** Returns the frames written so far. */
    List<Frame> frames() {
      synchronized (frames) {
        return List.copyOf(frames);
      }
    }
  }

  /**
   * Bytes a command wrote to stdout or stderr, by {@link Daemon#STDOUT} or {@link Daemon#STDERR}.
   */
  record Frame(byte type, byte[] bytes) {}

  private static PrintStream redacting(OutputStream target, Charset charset) {
    return new PrintStream(new RedactingOutputStream(target, charset), false, charset);
  }

  /** The input of prompts in the process: reading it hands the command back to the launcher. */
  static final class HandBack extends Reader {
    private volatile boolean raised;

    boolean raised() {
      return raised;
    }

    char[] raise() {
      raised = true;
      throw new HandBackException();
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      raise();
      return -1;
    }

    @Override
    public void close() {}
  }

  /** Thrown where a command in the process would wait for the user's input. */
  static final class HandBackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HandBackException() {
      super(
          "The command needs a terminal, so rp runs it in the launcher's JVM.", null, false, false);
    }
  }

  // Library code such as slf4j-simple writes to System.out and System.err. Those writes reach the
  // command that runs on the same thread, and writes from other threads go to the log.
  private static void routeStandardStreams() {
    PrintStream logOut = System.out;
    System.setOut(routed(logOut, 0));
    System.setErr(routed(logOut, 1));
  }

  private static PrintStream routed(PrintStream fallback, int index) {
    OutputStream router =
        new OutputStream() {
          @Override
          public void write(int b) {
            target().write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            target().write(bytes, offset, length);
          }

          @Override
          public void flush() {
            target().flush();
          }

          private PrintStream target() {
            PrintStream[] streams = STREAMS.get();
            return streams == null ? fallback : streams[index];
          }
        };
    return new PrintStream(router, true, StandardCharsets.UTF_8);
  }

  private void startWatcher(ServerSocket server, String published) {
    FileTime jarTime = lastModified(daemon.jar());
    Thread watcher =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(CHECK_INTERVAL_MS);
                } catch (InterruptedException e) {
                  return;
                }
                String reason = stopReason(published, jarTime);
                if (reason != null) {
                  log("Stopping: " + reason);
                  closeQuietly(server);
                  return;
                }
              }
            },
            "rp-daemon-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /**
   * Removes the endpoint files of processes that are gone, as after {@code kill -KILL}: each file
   * whose lock no process holds. The shell client would otherwise try each of them at every
   * command. A process publishes its file only while it holds its lock, so none is removed while it
   * is published.
   */
  void removeStaleEndpoints() {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(daemon.folder(), "rp-*.endpoint")) {
      for (Path endpoint : files) {
        String name = endpoint.getFileName().toString();
        Path lock = endpoint.resolveSibling(name.replaceFirst("\\.endpoint$", ".lock"));
        if (!lock.equals(daemon.lock()) && removeIfStale(endpoint, lock)) {
          log("Removed " + endpoint.getFileName() + ", whose process is gone");
        }
      }
    } catch (IOException | RuntimeException e) {
      log("Removing stale endpoint files failed: " + e);
    }
  }

  // Deletes the endpoint file when no process holds its lock, and returns whether it did. It holds
  // the lock meanwhile, so that a process starting for that key cannot publish in between.
  private static boolean removeIfStale(Path endpoint, Path lock) throws IOException {
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
        FileLock free = channel.tryLock()) {
      return free != null && Files.deleteIfExists(endpoint);
    } catch (NoSuchFileException e) {
      return false; // Without its lock file, nothing shows that the process is gone.
    } catch (OverlappingFileLockException e) {
      return false; // Held in this JVM, as in tests.
    }
  }

  // Empties the lock file, so that its process id cannot name another process later.
  private static void clearLock(FileChannel lockChannel) {
    try {
      lockChannel.truncate(0);
    } catch (IOException e) {
      // Closed meanwhile: the file keeps the id of a process that is gone.
    }
  }

  // Removes the endpoint file unless another process has replaced it since.
  private void unpublish(String published) {
    try {
      if (published.equals(endpointText())) {
        Files.deleteIfExists(daemon.endpointFile());
      }
    } catch (IOException e) {
      // Removed meanwhile.
    }
  }

  private String stopReason(String published, FileTime jarTime) {
    if (!published.equals(endpointText())) {
      return "the endpoint file was removed or replaced";
    }
    if (!jarTime.equals(lastModified(daemon.jar()))) {
      return "the jar changed";
    }
    long idle = System.currentTimeMillis() - lastRequest.get();
    if (running.get() == 0 && idle > Daemon.IDLE_LIMIT.toMillis()) {
      return "idle for " + Daemon.IDLE_LIMIT.toMinutes() + " minutes";
    }
    return null;
  }

  private String endpointText() {
    try {
      return Files.readString(daemon.endpointFile(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      return "";
    }
  }

  private static FileTime lastModified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  // The first commands in a new JVM run in the interpreter and then in code compiled without
  // optimization. Running the training commands ten times and the quick commands of DaemonWarmUp
  // forty times in the background, a few seconds of CPU time, makes the user's first commands
  // through the process nearly as quick as later ones.
  private static void startWarmUp() {
    Thread warmUp = new Thread(() -> warmUp(WARM_UP_ROUNDS - 1), "rp-daemon-warm-up");
    warmUp.setDaemon(true);
    warmUp.setPriority(Thread.MIN_PRIORITY);
    warmUp.start();
  }

  private static void warmUp(int rounds) {
    try {
      for (int i = 0; i < Math.min(rounds, TRAINING_ROUNDS); i++) {
        CdsTraining.exercise();
      }
      DaemonWarmUp.run(rounds);
    } catch (IOException | RuntimeException e) {
      log("Warm-up failed: " + e);
    }
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // Nothing to do: it is being dropped.
    }
  }

  private static void log(String message) {
    System.out.println(Instant.now() + " " + message);
  }
}

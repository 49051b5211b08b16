package dev.rp.cli.output;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Facts about the terminal rp runs in: which standard streams are terminals, the width, the
 * character set, and whether colour is allowed on each stream.
 *
 * <p>Java 17 can only tell whether stdin and stdout are both terminals ({@code System.console()}),
 * so the launcher script tests each stream with {@code test -t} and passes the result as the system
 * property {@code rp.tty} (the digits of the streams that are terminals, such as {@code 012}) and
 * the width as {@code rp.columns}. Without the launcher, {@code System.console()} decides and
 * stderr is assumed to be a terminal when stdout is. The environment variable {@code RP_FORCE_TTY}
 * overrides both: {@code 1} makes all three streams terminals, {@code 0} none.
 *
 * <p>Colour is used on a stream only when it is a terminal, {@code NO_COLOR} is unset or empty, and
 * {@code TERM} is not {@code dumb}.
 */
public final class Terminal {

  /** Width assumed when neither the launcher nor {@code COLUMNS} gives one. */
  public static final int DEFAULT_WIDTH = 80;

  private final boolean stdin;
  private final boolean stdout;
  private final boolean stderr;
  private final int width;
  private final boolean colourAllowed;
  private final Charset charset;

  private Terminal(
      boolean stdin,
      boolean stdout,
      boolean stderr,
      int width,
      boolean colourAllowed,
      Charset charset) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.width = width;
    this.colourAllowed = colourAllowed;
    this.charset = charset;
  }

  /** Returns the terminal of this process, from its environment and system properties. */
  public static Terminal detect() {
    return from(System.getenv(), System.getProperties(), System.console() != null);
  }

  /**
   * Returns the terminal described by {@code env} and {@code properties}, where {@code
   * consolePresent} is whether {@code System.console()} returned a console.
   */
  public static Terminal from(
      Map<String, String> env, Properties properties, boolean consolePresent) {
    String streams = terminalStreams(env, properties, consolePresent);
    boolean colourAllowed = isEmpty(env.get("NO_COLOR")) && !"dumb".equals(env.get("TERM"));
    return new Terminal(
        streams.contains("0"),
        streams.contains("1"),
        streams.contains("2"),
        width(env, properties),
        colourAllowed,
        charset(properties));
  }

  /** Returns a terminal where no stream is a terminal, for tests and pipes. */
  public static Terminal none() {
    return new Terminal(false, false, false, DEFAULT_WIDTH, false, StandardCharsets.UTF_8);
  }

  private static String terminalStreams(
      Map<String, String> env, Properties properties, boolean consolePresent) {
    String forced = env.get("RP_FORCE_TTY");
    if ("1".equals(forced) || "true".equalsIgnoreCase(forced)) {
      return "012";
    }
    if ("0".equals(forced) || "false".equalsIgnoreCase(forced)) {
      return "";
    }
    String launcher = properties.getProperty("rp.tty");
    if (launcher != null) {
      return launcher;
    }
    return consolePresent ? "012" : "";
  }

  private static int width(Map<String, String> env, Properties properties) {
    for (String value : new String[] {properties.getProperty("rp.columns"), env.get("COLUMNS")}) {
      try {
        int columns = Integer.parseInt(value == null ? "" : value.trim());
        if (columns > 0) {
          return columns;
        }
      } catch (NumberFormatException e) {
        // Not a number: try the next source.
      }
    }
    return DEFAULT_WIDTH;
  }

  // Java 17 reports the locale's encoding as native.encoding; stdout.encoding exists from Java 19.
  // An ASCII locale (LANG=C) is taken to mean UTF-8, as Python does since 3.7, because pods.json
  // keeps names in UTF-8 and terminals nearly always decode it.
  private static Charset charset(Properties properties) {
    for (String key : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
      String name = properties.getProperty(key);
      if (name != null && Charset.isSupported(name)) {
        Charset found = Charset.forName(name);
        return found.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : found;
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }

  /** Returns whether stdin is a terminal, so that rp may prompt. */
  public boolean stdinIsTerminal() {
    return stdin;
  }

  /** Returns whether stdout is a terminal. */
  public boolean stdoutIsTerminal() {
    return stdout;
  }

  /** Returns whether stderr is a terminal, so that progress may be drawn in place. */
  public boolean stderrIsTerminal() {
    return stderr;
  }

  /** Returns the terminal's width in columns, {@link #DEFAULT_WIDTH} when unknown. */
  public int width() {
    return width;
  }

  /** Returns the character set rp writes to stdout and stderr. */
  public Charset charset() {
    return charset;
  }

  /** Returns whether {@link #charset()} can encode box-drawing and spinner characters. */
  public boolean unicode() {
    return charset.newEncoder().canEncode("─⠋");
  }

  /** Returns the colour for text written to stdout. */
  public Colour stdoutColour() {
    return Colour.of(stdout && colourAllowed);
  }

  /** Returns the colour for text written to stderr. */
  public Colour stderrColour() {
    return Colour.of(stderr && colourAllowed);
  }
}

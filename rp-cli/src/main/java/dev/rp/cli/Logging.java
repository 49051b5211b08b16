package dev.rp.cli;

/**
 * Configures slf4j-simple, rp-cli's only logger binding, through its system properties. They are
 * read once, when the first logger is created, so {@link #configure} runs after parsing the command
 * line and before any command code.
 */
final class Logging {

  private static final String PREFIX = "org.slf4j.simpleLogger.";

  private Logging() {}

  /**
   * Sends log lines to stderr at WARN and above, or with {@code verbose} also DEBUG lines of the
   * {@code dev.rp} packages, with the time of day. A property set on the command line wins.
   */
  static void configure(boolean verbose) {
    setDefault("logFile", "System.err");
    setDefault("defaultLogLevel", "warn");
    setDefault("showThreadName", "false");
    setDefault("showShortLogName", "true");
    if (verbose) {
      setDefault("log.dev.rp", "debug");
      setDefault("showDateTime", "true");
      setDefault("dateTimeFormat", "HH:mm:ss.SSS");
    }
  }

  private static void setDefault(String name, String value) {
    if (System.getProperty(PREFIX + name) == null) {
      System.setProperty(PREFIX + name, value);
    }
  }
}

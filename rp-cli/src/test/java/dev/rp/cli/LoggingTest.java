package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoggingTest {

  private static final String[] NAMES = {
    "logFile",
    "defaultLogLevel",
    "showThreadName",
    "showShortLogName",
    "log.dev.rp",
    "showDateTime",
    "dateTimeFormat"
  };

  @BeforeEach
  @AfterEach
  void clearProperties() {
    for (String name : NAMES) {
      System.clearProperty("org.slf4j.simpleLogger." + name);
    }
  }

  @Test
  void configure_defaultsToWarnOnStderr() {
    Logging.configure(false);

    assertThat(System.getProperty("org.slf4j.simpleLogger.logFile")).isEqualTo("System.err");
    assertThat(System.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isEqualTo("warn");
    assertThat(System.getProperty("org.slf4j.simpleLogger.log.dev.rp")).isNull();
  }

  @Test
  void configure_verbose_logsDebugOfRp() {
    Logging.configure(true);

    assertThat(System.getProperty("org.slf4j.simpleLogger.log.dev.rp")).isEqualTo("debug");
    assertThat(System.getProperty("org.slf4j.simpleLogger.showDateTime")).isEqualTo("true");
    assertThat(System.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isEqualTo("warn");
  }

  @Test
  void configure_keepsPropertySetByUser() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");

    Logging.configure(false);

    assertThat(System.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isEqualTo("error");
  }
}

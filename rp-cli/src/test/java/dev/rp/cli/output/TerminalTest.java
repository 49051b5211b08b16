package dev.rp.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TerminalTest {

  private static Properties properties(String... keysAndValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
    }
    return properties;
  }

  @Nested
  @DisplayName("which streams are terminals")
  class Streams {

    @Test
    void launcherProperty_namesEachStream() {
      Terminal terminal = Terminal.from(Map.of(), properties("rp.tty", "02"), false);

      assertThat(terminal.stdinIsTerminal()).isTrue();
      assertThat(terminal.stdoutIsTerminal()).isFalse();
      assertThat(terminal.stderrIsTerminal()).isTrue();
    }

    @Test
    void emptyLauncherProperty_winsOverConsole() {
      Terminal terminal = Terminal.from(Map.of(), properties("rp.tty", ""), true);

      assertThat(terminal.stdinIsTerminal()).isFalse();
      assertThat(terminal.stdoutIsTerminal()).isFalse();
    }

    @Test
    void withoutLauncher_consoleDecides() {
      assertThat(Terminal.from(Map.of(), properties(), true).stdoutIsTerminal()).isTrue();
      assertThat(Terminal.from(Map.of(), properties(), false).stdoutIsTerminal()).isFalse();
    }

    @Test
    void forceTty_winsOverLauncher() {
      Terminal forcedOn =
          Terminal.from(Map.of("RP_FORCE_TTY", "1"), properties("rp.tty", ""), false);
      Terminal forcedOff =
          Terminal.from(Map.of("RP_FORCE_TTY", "0"), properties("rp.tty", "012"), true);

      assertThat(forcedOn.stdinIsTerminal()).isTrue();
      assertThat(forcedOn.stderrIsTerminal()).isTrue();
      assertThat(forcedOff.stdoutIsTerminal()).isFalse();
    }
  }

  @Nested
  @DisplayName("colour")
  class Colours {

    @Test
    void onTerminal_isOn() {
      Terminal terminal =
          Terminal.from(Map.of("TERM", "xterm"), properties("rp.tty", "012"), false);

      assertThat(terminal.stdoutColour().enabled()).isTrue();
      assertThat(terminal.stdoutColour().green("ok")).isEqualTo("\u001b[32mok\u001b[0m");
    }

    @Test
    void noColor_turnsItOff() {
      Terminal terminal =
          Terminal.from(Map.of("NO_COLOR", "1"), properties("rp.tty", "012"), false);

      assertThat(terminal.stdoutColour().enabled()).isFalse();
      assertThat(terminal.stderrColour().red("x")).isEqualTo("x");
    }

    @Test
    void emptyNoColor_leavesItOn() {
      Terminal terminal = Terminal.from(Map.of("NO_COLOR", ""), properties("rp.tty", "1"), false);

      assertThat(terminal.stdoutColour().enabled()).isTrue();
    }

    @Test
    void dumbTerm_turnsItOff() {
      Terminal terminal = Terminal.from(Map.of("TERM", "dumb"), properties("rp.tty", "012"), false);

      assertThat(terminal.stdoutColour().enabled()).isFalse();
    }

    @Test
    void pipe_hasNoColour() {
      Terminal terminal = Terminal.from(Map.of(), properties("rp.tty", "2"), false);

      assertThat(terminal.stdoutColour().enabled()).isFalse();
      assertThat(terminal.stderrColour().enabled()).isTrue();
    }
  }

  @Nested
  @DisplayName("width")
  class Width {

    @Test
    void launcherColumns_winOverEnvironment() {
      Map<String, String> env = new HashMap<>(Map.of("COLUMNS", "100"));

      assertThat(Terminal.from(env, properties("rp.columns", "132"), false).width()).isEqualTo(132);
      assertThat(Terminal.from(env, properties("rp.columns", ""), false).width()).isEqualTo(100);
    }

    @Test
    void unknownOrZero_isDefault() {
      assertThat(Terminal.from(Map.of("COLUMNS", "wide"), properties(), false).width())
          .isEqualTo(Terminal.DEFAULT_WIDTH);
      assertThat(Terminal.from(Map.of(), properties("rp.columns", "0"), false).width())
          .isEqualTo(Terminal.DEFAULT_WIDTH);
    }
  }

  @Test
  void asciiLocale_writesUtf8() {
    Terminal terminal =
        Terminal.from(Map.of(), properties("native.encoding", "ANSI_X3.4-1968"), false);

    assertThat(terminal.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(terminal.unicode()).isTrue();
  }

  @Test
  void latin1Locale_isKept() {
    Terminal terminal = Terminal.from(Map.of(), properties("native.encoding", "ISO-8859-1"), false);

    assertThat(terminal.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(terminal.unicode()).isFalse();
  }
}

package dev.rp.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellQuotingTest {

  @TempDir Path home;

  @Test
  void quote_singleQuote_closesEscapesAndReopens() {
    assertThat(ShellQuoting.quote("it's")).isEqualTo("'it'\\''s'");
    assertThat(ShellQuoting.quote("")).isEqualTo("''");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "with space",
        "it's",
        "''",
        "$HOME",
        "`id`",
        "a\\b",
        "x\ny",
        "*",
        "-n",
        ""
      })
  void quote_anyText_roundTripsThroughSh(String text) {
    OpenSsh.Result result =
        OpenSsh.run(home, List.of("sh", "-c", "printf '%s' " + ShellQuoting.quote(text)));

    assertThat(result.exitCode()).isZero();
    assertThat(result.output()).isEqualTo(text);
  }

  @Test
  void changeDirectory_tildeForms_expandRemotely() {
    assertThat(ShellQuoting.changeDirectory("~")).isEqualTo("cd ~");
    assertThat(ShellQuoting.changeDirectory("~/a b")).isEqualTo("cd ~/'a b'");
    assertThat(ShellQuoting.changeDirectory("~other")).isEqualTo("cd '~other'");
  }

  @Test
  void requireVariableName_invalidNames_areRejected() {
    assertThat(ShellQuoting.requireVariableName("RP_ALIAS")).isEqualTo("RP_ALIAS");
    for (String name : List.of("1A", "A-B", "A B", "", "A=B")) {
      assertThatThrownBy(() -> ShellQuoting.requireVariableName(name))
          .isInstanceOf(InvalidInputException.class);
    }
  }
}

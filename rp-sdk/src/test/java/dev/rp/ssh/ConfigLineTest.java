package dev.rp.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigLineTest {

  @Test
  void parse_keywordAndArguments_lowerCasesKeyword() {
    ConfigLine line = ConfigLine.parse("  HostName\tbox.example  ");

    assertThat(line.keyword()).isEqualTo("hostname");
    assertThat(line.arguments()).containsExactly("box.example");
  }

  @Test
  void parse_equalsSyntax_splitsAtOneEquals() {
    assertThat(ConfigLine.parse("Host=dev-1").arguments()).containsExactly("dev-1");
    assertThat(ConfigLine.parse("port = 22").keyword()).isEqualTo("port");
    assertThat(ConfigLine.parse("port = 22").arguments()).containsExactly("22");
  }

  @Test
  void parse_quotesAndEscapes_areRemoved() {
    ConfigLine line = ConfigLine.parse("Include \"/a b/c\" 'd e' f\\ g h\\\"i");

    assertThat(line.arguments()).containsExactly("/a b/c", "d e", "f g", "h\"i");
  }

  @Test
  void parse_trailingComment_endsArguments() {
    assertThat(ConfigLine.parse("Host a b # c d").arguments()).containsExactly("a", "b");
    assertThat(ConfigLine.parse("Host a#b").arguments()).containsExactly("a#b");
  }

  @Test
  void parse_blankCommentAndCrlf_areRecognised() {
    assertThat(ConfigLine.parse("").isBlankOrComment()).isTrue();
    assertThat(ConfigLine.parse("  # Host x").isBlankOrComment()).isTrue();
    assertThat(ConfigLine.parse("Host x\r").arguments()).isEqualTo(List.of("x"));
  }
}

package dev.rp.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

class ShellTest {

  @Command(name = "rp")
  static final class Root {}

  private final CommandLine command = new CommandLine(new Root());

  @Test
  void choose_namedShell_winsOverEnvironment() {
    assertThat(Shell.choose("Fish", Map.of("SHELL", "/bin/bash"), command)).isEqualTo(Shell.FISH);
  }

  @Test
  void choose_empty_detectsFromShellVariable() {
    assertThat(Shell.choose("", Map.of("SHELL", "/usr/bin/zsh"), command)).isEqualTo(Shell.ZSH);
  }

  @Test
  void choose_unknownName_isRejected() {
    assertThatThrownBy(() -> Shell.choose("tcsh", Map.of(), command))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("'tcsh'");
  }

  @Test
  void choose_undetectable_namesShellVariable() {
    assertThatThrownBy(() -> Shell.choose("", Map.of("SHELL", "/bin/tcsh"), command))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("SHELL is /bin/tcsh");
    assertThatThrownBy(() -> Shell.choose("", Map.of(), command))
        .hasMessageContaining("SHELL is not set");
  }
}

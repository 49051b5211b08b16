package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.commands.ListCommand;
import dev.rp.cli.commands.StopCommand;
import org.junit.jupiter.api.Test;

class RpCommandTest {

  @Test
  void subcommandsFor_namedCommand_buildsOnlyThatOne() {
    assertThat(RpCommand.subcommandsFor("list", "--json")).containsExactly(ListCommand.class);
    assertThat(RpCommand.subcommandsFor("--verbose", "stop", "dev-1"))
        .containsExactly(StopCommand.class);
  }

  @Test
  void subcommandsFor_helpOrUnknownOrNothing_buildsAll() {
    assertThat(RpCommand.subcommandsFor("--help")).isEqualTo(RpCommand.SUBCOMMANDS);
    assertThat(RpCommand.subcommandsFor("lst")).isEqualTo(RpCommand.SUBCOMMANDS);
    assertThat(RpCommand.subcommandsFor()).isEqualTo(RpCommand.SUBCOMMANDS);
    assertThat(RpCommand.subcommandsFor("--install-completion", "bash"))
        .isEqualTo(RpCommand.SUBCOMMANDS);
  }

  @Test
  void subcommandsFor_subcommandHelp_stillFindsTheCommand() {
    assertThat(RpCommand.subcommandsFor("list", "--help")).containsExactly(ListCommand.class);
  }

  @Test
  void needsOnlyHeaders_topLevelHelpAndVersionOnly() {
    assertThat(RpCommand.needsOnlyHeaders()).isTrue();
    assertThat(RpCommand.needsOnlyHeaders("--help")).isTrue();
    assertThat(RpCommand.needsOnlyHeaders("-V")).isTrue();
    assertThat(RpCommand.needsOnlyHeaders("list", "--help")).isFalse();
    assertThat(RpCommand.needsOnlyHeaders("--install-completion")).isFalse();
  }

  @Test
  void help_fromHeadersOnly_listsEveryCommandWithItsHeader() {
    InProcessRp.Result result = InProcessRp.run("--help");

    assertThat(result.exitCode()).isZero();
    for (Class<?> type : RpCommand.SUBCOMMANDS) {
      picocli.CommandLine.Command command = type.getAnnotation(picocli.CommandLine.Command.class);
      if (!command.hidden()) {
        assertThat(result.out()).contains(command.name()).contains(command.header()[0]);
      }
    }
  }
}

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
}

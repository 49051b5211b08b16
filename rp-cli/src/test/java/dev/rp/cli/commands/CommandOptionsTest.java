package dev.rp.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.CliContext;
import dev.rp.cli.Main;
import dev.rp.cli.output.Terminal;
import dev.rp.gpu.Cloud;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

class CommandOptionsTest {

  private static ParseResult parse(String... args) {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    CliContext context = new CliContext(Map.of(), Terminal.none(), nowhere, nowhere);
    return Main.commandLine(context).parseArgs(args);
  }

  @SuppressWarnings("unchecked")
  private static <T> T command(ParseResult result) {
    ParseResult leaf = result;
    while (leaf.hasSubcommand()) {
      leaf = leaf.subcommand();
    }
    return (T) leaf.commandSpec().userObject();
  }

  @Test
  void create_readsEveryOption() {
    CreateCommand create =
        command(
            parse(
                "create",
                "ml",
                "--alias",
                "a-1",
                "--gpu",
                "2xA100",
                "--storage",
                "1TB",
                "--container-disk",
                "50GB",
                "--image",
                "img",
                "--config",
                "path=/w",
                "--config",
                "x=",
                "--cloud",
                "community",
                "--timeout",
                "20m",
                "--no-wait",
                "-f",
                "--dry-run"));

    assertThat(create.template).isEqualTo("ml");
    assertThat(create.alias).isEqualTo("a-1");
    assertThat(create.gpu).isEqualTo("2xA100");
    assertThat(create.storage).isEqualTo("1TB");
    assertThat(create.containerDisk).isEqualTo("50GB");
    assertThat(create.image).isEqualTo("img");
    assertThat(create.config).containsExactly(Map.entry("path", "/w"), Map.entry("x", ""));
    assertThat(create.cloud).isEqualTo(Cloud.COMMUNITY);
    assertThat(create.wait.timeout()).isEqualTo(Duration.ofMinutes(20));
    assertThat(create.noWait).isTrue();
    assertThat(create.force).isTrue();
    assertThat(create.dryRun).isTrue();
  }

  @Test
  void create_leavesTemplateValuesUnset() {
    CreateCommand create = command(parse("create", "ml"));

    assertThat(create.image).as("so that the template's image wins").isNull();
    assertThat(create.containerDisk).isNull();
    assertThat(create.wait.timeout()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void stop_readsScheduleOptions() {
    StopCommand at = command(parse("stop", "dev-1", "--at", "tomorrow 09:30", "--dry-run"));
    StopCommand now = command(parse("stop"));

    assertThat(at.alias).isEqualTo("dev-1");
    assertThat(at.when.at).isEqualTo("tomorrow 09:30");
    assertThat(at.when.in).isNull();
    assertThat(at.dryRun).isTrue();
    assertThat(now.alias).isNull();
    assertThat(now.when).isNull();
  }

  @Test
  void config_readsAliasAndSettings() {
    ConfigCommand config = command(parse("config", "dev-1", "path=/a", "b=2"));

    assertThat(config.alias).isEqualTo("dev-1");
    assertThat(config.settings).containsExactly("path=/a", "b=2");
  }

  @Test
  void cursor_readsAliasAndPath() {
    CursorCommand cursor = command(parse("cursor", "dev-1", "/workspace/x"));

    assertThat(cursor.alias).isEqualTo("dev-1");
    assertThat(cursor.path).isEqualTo("/workspace/x");
  }

  @Test
  void track_readsAliasAndPodId() {
    TrackCommand track = command(parse("track", "mine", "89qgenjznh5t2j", "--force"));

    assertThat(List.of(track.alias, track.podId)).containsExactly("mine", "89qgenjznh5t2j");
    assertThat(track.force).isTrue();
  }

  @Test
  void templateCreate_readsEveryOption() {
    TemplateCreateCommand template =
        command(
            parse(
                "template",
                "create",
                "ml",
                "--alias-pattern",
                "ml-{i}",
                "--gpu",
                "A40",
                "--storage",
                "100GB",
                "--config",
                "path=/w",
                "--force"));

    assertThat(template.identifier).isEqualTo("ml");
    assertThat(template.aliasPattern).isEqualTo("ml-{i}");
    assertThat(template.gpu).isEqualTo("A40");
    assertThat(template.storage).isEqualTo("100GB");
    assertThat(template.containerDisk).isNull();
    assertThat(template.image).isNull();
    assertThat(template.config).containsExactly(Map.entry("path", "/w"));
    assertThat(template.force).isTrue();
  }

  @Test
  void lists_readJsonAndAll() {
    ListCommand list = command(parse("list", "--json", "--all"));
    ScheduleListCommand schedule = command(parse("schedule", "list", "--all", "--json"));
    TemplateListCommand templates = command(parse("template", "list", "--json"));

    assertThat(list.json && list.all).isTrue();
    assertThat(schedule.json && schedule.all).isTrue();
    assertThat(templates.json).isTrue();
  }

  @Test
  void missingOk_isRead() {
    UntrackCommand untrack = command(parse("untrack", "x", "--missing-ok"));
    TemplateDeleteCommand delete = command(parse("template", "delete", "t", "--missing-ok"));

    assertThat(untrack.missingOk).isTrue();
    assertThat(delete.missingOk).isTrue();
  }
}

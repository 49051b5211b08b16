package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.templates.PodTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TemplateAndCommandTest {
  @RegisterExtension final ExampleFixture fixture = ExampleFixture.withSshd();

  @Test
  void run_builtInTemplate_runsCommandOverSsh() throws Exception {
    String output =
        fixture.output(
            (client, out) ->
                TemplateAndCommand.run(client, out, "a40", "echo \"hello from $(whoami)\""));

    assertThat(output).contains("Created a40-1 from template a40");
    // HOME is not the account's home folder, so ssh needs -F to read rp's config.
    assertThat(output).contains("$ ssh -F " + fixture.home().resolve(".ssh/config"));
    assertThat(output).containsPattern("\\| hello from \\S+");
    assertThat(output).contains("ssh exited with 0");
  }

  @Test
  void run_userTemplate_reportsExitCode() throws Exception {
    fixture
        .client()
        .templates()
        .save(
            PodTemplate.builder()
                .identifier("train")
                .aliasPattern("train-{i}")
                .gpuSpec("A40")
                .storageSpec("0")
                .build(),
            false);

    String output =
        fixture.output((client, out) -> TemplateAndCommand.run(client, out, "train", "exit 3"));

    assertThat(output).contains("Created train-1 from template train");
    assertThat(output).contains("ssh exited with 3");
  }
}

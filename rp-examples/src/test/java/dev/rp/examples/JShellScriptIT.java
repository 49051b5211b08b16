package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.testing.FakePod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the JShell command of docs/jshell.md, with docs/rp.jsh and a script that uses the fluent API
 * against the fake RunPod.
 */
class JShellScriptIT {
  @RegisterExtension final ExampleFixture fixture = ExampleFixture.withoutSshd();

  @Test
  void documentedCommand_createsAndListsPod() throws Exception {
    Path script =
        Files.writeString(
            fixture.dir().resolve("session.jsh"),
            String.join(
                "\n",
                "var created = RunPod.pods().create(\"js-1\").gpu(\"A40\").storage(\"0\").submit();",
                "System.out.println(\"created \" + created.alias() + \" \" + created.statusLabel());",
                "RunPod.pods().list().forEach(p -> System.out.println(\"listed \" + p.alias() + \" \""
                    + " + p.podId()));",
                "System.out.println(\"waits \" + Duration.ofMinutes(10));",
                "/exit",
                ""));

    String command = DocumentedCommand.find("docs/jshell.md", "jshell --class-path");
    assertThat(command).contains("docs/rp.jsh");
    // The preferences folder keeps JShell's history out of the account's home folder.
    Path preferences = Files.createDirectories(fixture.dir().resolve("jshell preferences"));

    DocumentedCommand.Result result =
        DocumentedCommand.run(
            command + " -J-Djava.util.prefs.userRoot='" + preferences + "' '" + script + "'",
            fixture.environment(),
            fixture.dir().resolve("output.txt"),
            Duration.ofSeconds(60));

    String output = result.output();
    assertThat(result.exitCode()).as(output).isZero();
    List<FakePod> pods = fixture.fake().pods();
    assertThat(pods).extracting(FakePod::name).containsExactly("js-1");
    assertThat(output).contains("rp is ready. Try RunPod.pods().list()");
    assertThat(output).contains("created js-1 provisioning\n");
    assertThat(output).contains("listed js-1 " + pods.get(0).id() + "\n");
    // java.time comes from the start-up script, not from JShell's defaults.
    assertThat(output).contains("waits PT10M\n");
    assertThat(output).doesNotContain("Error").doesNotContain("Exception");
    assertThat(output).doesNotContain(fixture.fake().apiKey());
    assertThat(Files.readString(fixture.configDir().resolve("pods.json"))).contains("js-1");
  }
}

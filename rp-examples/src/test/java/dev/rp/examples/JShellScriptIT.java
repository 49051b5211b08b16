package dev.rp.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.testing.FakePod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the JShell command of docs/jshell.md from the repository root, with docs/rp.jsh and a script
 * that uses the fluent API against the fake RunPod.
 */
class JShellScriptIT {
  private static final Path ROOT = Path.of(System.getProperty("rp.root.dir", ".."));

  @TempDir Path dir;
  private ExampleFixture fixture;

  @BeforeEach
  void setUp() throws IOException {
    fixture = ExampleFixture.start(dir);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void documentedCommand_createsAndListsPod() throws Exception {
    Path script =
        Files.writeString(
            dir.resolve("session.jsh"),
            String.join(
                "\n",
                "var created = RunPod.pods().create(\"js-1\").gpu(\"A40\").storage(\"0\").submit();",
                "System.out.println(\"created \" + created.alias() + \" \" + created.statusLabel());",
                "RunPod.pods().list().forEach(p -> System.out.println(\"listed \" + p.alias() + \" \""
                    + " + p.podId()));",
                "System.out.println(\"waits \" + Duration.ofMinutes(10));",
                "/exit",
                ""));

    Process jshell = start(script);
    String output = new String(jshell.getInputStream().readAllBytes(), UTF_8);

    assertThat(jshell.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(jshell.exitValue()).as(output).isZero();
    List<FakePod> pods = fixture.fake.pods();
    assertThat(pods).extracting(FakePod::name).containsExactly("js-1");
    assertThat(output).contains("rp is ready. Try RunPod.pods().list()");
    assertThat(output).contains("created js-1 provisioning\n");
    assertThat(output).contains("listed js-1 " + pods.get(0).id() + "\n");
    // java.time comes from the start-up script, not from JShell's defaults.
    assertThat(output).contains("waits PT10M\n");
    assertThat(output).doesNotContain("Error").doesNotContain("Exception");
    assertThat(output).doesNotContain(fixture.fake.apiKey());
    assertThat(Files.readString(fixture.configDir.resolve("pods.json"))).contains("js-1");
  }

  /** Starts the documented command, followed by the session script and test-only options. */
  private Process start(Path script) throws IOException {
    String command = documentedCommand();
    assertThat(command).contains("docs/rp.jsh");
    // The preferences folder keeps JShell's history out of the account's home folder.
    Path preferences = Files.createDirectories(dir.resolve("jshell preferences"));
    String appended =
        command + " -J-Djava.util.prefs.userRoot='" + preferences + "' '" + script + "' </dev/null";
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", appended)
            .directory(ROOT.toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(fixture.environment());
    // The JDK that runs the tests provides jshell, whatever PATH finds first.
    builder.environment().put("PATH", jdkBin() + ":" + System.getenv("PATH"));
    return builder.start();
  }

  private static String documentedCommand() throws IOException {
    List<String> commands =
        Files.readAllLines(ROOT.resolve("docs/jshell.md")).stream()
            .filter(line -> line.startsWith("jshell --class-path"))
            .toList();
    assertThat(commands).as("jshell commands in docs/jshell.md").isNotEmpty();
    return commands.get(0);
  }

  private static String jdkBin() {
    return Path.of(System.getProperty("java.home"), "bin").toString();
  }
}

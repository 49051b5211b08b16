package dev.rp.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.rp.cli.e2e.RpProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherIT {

  @TempDir Path home;

  private RpProcess rp() {
    return new RpProcess(home);
  }

  @Test
  void version_comesFromManifest() {
    Result result = rp().run("--version");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).startsWith("rp 0.").contains("\nJava ");
    assertThat(result.stdout()).doesNotContain("development build");
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void help_listsCommandsAndNothingElse() {
    Result result = rp().run("--help");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout())
        .startsWith("Usage: rp ")
        .contains("  create ")
        .contains("  scheduler ");
    assertThat(result.stdout()).doesNotContain("\u001b[");
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void jsonInsideFatJar_parsesRecord() {
    Result result = rp().run("__json-check", "{\"name\":\"x\",\"count\":7,\"tags\":[]}");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).isEqualTo("name=x count=7 tags=[]\n");
  }

  @Test
  void unknownOption_isOneLineAndExit2() {
    Result result = rp().run("list", "--bogus");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stderr()).isEqualTo("rp: Unknown option: '--bogus' (see 'rp list --help')\n");
    assertThat(result.stdout()).isEmpty();
  }

  @Test
  void arguments_passThroughUnchanged() {
    Result result = rp().run("__json-check", "{\"name\": \"a b * $HOME 'q'\", \"count\": 1}");

    assertThat(result.stdout())
        .as(result.describe())
        .isEqualTo("name=a b * $HOME 'q' count=1 tags=null\n");
  }

  @Test
  void pipes_areNotTerminals() {
    Result result = rp().run("__terminal");

    assertThat(result.stdout()).startsWith("stdin=false stdout=false stderr=false width=80");
  }

  @Test
  void launcherProperty_namesTheScript() {
    Result result = rp().run("__terminal");

    assertThat(result.stdout())
        .as(result.describe())
        .endsWith(" launcher=" + RpProcess.launcher() + "\n");
  }

  @Test
  void symlink_findsJarBesideRealScript() throws IOException {
    Path bin = Files.createDirectories(home.resolve(".local/bin"));
    Path link = Files.createSymbolicLink(bin.resolve("rp"), RpProcess.launcher());
    try {
      Result result = new RpProcess(link, home).run("--version");

      assertThat(result.exitCode()).as(result.describe()).isZero();
      assertThat(result.stdout()).startsWith("rp ");
    } finally {
      Files.delete(link);
    }
  }

  @Test
  void missingJavaHome_isOneLineError() {
    RpProcess rp = rp();
    rp.env().put("JAVA_HOME", home.resolve("no-java").toString());

    Result result = rp.run("--version");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).contains("JAVA_HOME is ").contains("fix or unset JAVA_HOME");
  }

  /**
   * Copies the launcher and jar into a folder of the test, so that archives made there are its own.
   */
  private Path copyOfLauncher() throws IOException {
    Path dir = Files.createDirectories(home.resolve("install"));
    Path target = RpProcess.launcher().getParent();
    Files.copy(target.resolve("rp"), dir.resolve("rp"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(target.resolve("rp.jar"), dir.resolve("rp.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    return dir;
  }

  private static long archives(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".jsa")).count();
    }
  }

  private static Path archiveIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(file -> file.toString().endsWith(".jsa")).findFirst().orElseThrow();
    }
  }

  @Test
  void firstRun_createsArchiveWithoutOutput() throws IOException {
    Path dir = copyOfLauncher();

    Result result = new RpProcess(dir.resolve("rp"), home).run("--version");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).startsWith("rp ").hasLineCount(2);
    assertThat(result.stderr()).isEmpty();
    assertThat(archives(dir)).isEqualTo(1);
  }

  @Test
  void corruptArchive_isReplacedSilently() throws IOException {
    Path dir = copyOfLauncher();
    RpProcess rp = new RpProcess(dir.resolve("rp"), home);
    rp.run("--version");
    Path archive = archiveIn(dir);
    archive.toFile().setWritable(true);
    Files.writeString(archive, "not an archive");
    Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));

    Result result = rp.run("--version");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).startsWith("rp ").hasLineCount(2);
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void rebuiltJar_makesArchiveAgain() throws IOException {
    Path dir = copyOfLauncher();
    RpProcess rp = new RpProcess(dir.resolve("rp"), home);
    rp.run("--version");
    Path archive = archiveIn(dir);
    FileTime before = Files.getLastModifiedTime(archive);
    Files.setLastModifiedTime(
        dir.resolve("rp.jar"), FileTime.from(before.toInstant().plusSeconds(5)));

    Result result = rp.run("--version");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(before);
  }

  @Test
  void readOnlyFolder_runsWithoutArchive() throws IOException {
    // root may write into any folder, so the launcher cannot be kept from writing there.
    assumeFalse("root".equals(System.getProperty("user.name")), "runs as root");
    Path dir = copyOfLauncher();
    dir.toFile().setWritable(false);
    try {
      Result result = new RpProcess(dir.resolve("rp"), home).run("--version");

      assertThat(result.exitCode()).as(result.describe()).isZero();
      assertThat(result.stdout()).startsWith("rp ");
      assertThat(result.stderr()).isEmpty();
      assertThat(archives(dir)).isZero();
    } finally {
      dir.toFile().setWritable(true);
    }
  }

  @Test
  void cdsOff_runsWithoutArchive() throws IOException {
    Path dir = copyOfLauncher();
    RpProcess rp = new RpProcess(dir.resolve("rp"), home);
    rp.env().put("RP_CDS", "0");

    Result result = rp.run("--version");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(archives(dir)).isZero();
  }
}

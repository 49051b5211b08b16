package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DaemonWarmUpTest {

  private static long warmUpFolders() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(file -> file.getFileName().toString().startsWith("rp-warm-up")).count();
    }
  }

  @Test
  void run_twoRounds_succeedsAndRemovesItsHome() throws IOException {
    long before = warmUpFolders();

    assertThatCode(() -> DaemonWarmUp.run(2)).doesNotThrowAnyException();

    assertThat(warmUpFolders()).isEqualTo(before);
  }
}

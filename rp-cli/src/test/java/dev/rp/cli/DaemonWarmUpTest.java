package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class DaemonWarmUpTest {

  private static long warmUpFolders() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(file -> file.getFileName().toString().startsWith("rp-warm-up")).count();
    }
  }

  @Test
  void run_twoRounds_succeedsAndRemovesItsHome() throws IOException {
    OkHttpClient http = new OkHttpClient();
    long before = warmUpFolders();
    try {
      assertThatCode(() -> DaemonWarmUp.run(2, http)).doesNotThrowAnyException();
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }

    assertThat(warmUpFolders()).isEqualTo(before);
  }
}

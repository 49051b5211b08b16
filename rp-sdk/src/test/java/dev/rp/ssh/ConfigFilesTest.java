package dev.rp.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTest {

  @TempDir Path home;

  @Test
  void createFolder_concurrentCalls_allSucceed() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 50; round++) {
        Path folder = home.resolve("round-" + round).resolve(".ssh");
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          futures.add(
              pool.submit(
                  () -> {
                    start.await();
                    ConfigFiles.createFolder(folder);
                    return null;
                  }));
        }
        for (Future<?> future : futures) {
          future.get();
        }
        assertThat(folder).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
            .isEqualTo("rwx------");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void createFolder_fileAtPath_throws() throws Exception {
    Path file = Files.createFile(home.resolve(".ssh"));

    assertThatThrownBy(() -> ConfigFiles.createFolder(file))
        .isInstanceOf(FileAlreadyExistsException.class);
  }
}

package dev.rp.store;

import static dev.rp.store.PythonRpFiles.mode;
import static dev.rp.store.PythonRpFiles.setMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  private static void replace(AtomicFile file, String text, boolean ownerOnly) {
    file.locked(
        () -> {
          file.replace(text, ownerOnly);
          return null;
        });
  }

  @Test
  void read_missingFile_isEmpty() {
    assertThat(new AtomicFile(dir.resolve("none.json")).read()).isEmpty();
  }

  @Test
  void read_byteOrderMark_isDropped() throws IOException {
    Path path = dir.resolve("bom.json");
    Files.write(path, "\uFEFF{}".getBytes(StandardCharsets.UTF_8));

    assertThat(new AtomicFile(path).read()).contains("{}");
  }

  @Test
  void read_invalidUtf8_isRejected() throws IOException {
    Path path = dir.resolve("latin1.json");
    Files.write(path, new byte[] {'"', (byte) 0xe9, '"'});

    assertThatThrownBy(() -> new AtomicFile(path).read())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(path + ": it is not UTF-8 text");
  }

  @Test
  void replace_newFileInNewFolder_isOwnerOnly() throws IOException {
    Path path = dir.resolve("a/b/file.json");

    replace(new AtomicFile(path), "{}\n", false);

    assertThat(Files.readString(path)).isEqualTo("{}\n");
    assertThat(mode(path)).isEqualTo("rw-------");
    assertThat(mode(path.getParent())).isEqualTo("rwx------");
    assertThat(mode(path.getParent().getParent())).isEqualTo("rwx------");
  }

  @Test
  void replace_existingFile_keepsItsMode() throws IOException {
    Path path = dir.resolve("file.json");
    Files.writeString(path, "old");
    setMode(path, "rw-rw-r--");

    replace(new AtomicFile(path), "new", false);

    assertThat(Files.readString(path)).isEqualTo("new");
    assertThat(mode(path)).isEqualTo("rw-rw-r--");
  }

  @Test
  void replace_ownerOnly_tightensExistingMode() throws IOException {
    Path path = dir.resolve("key");
    Files.writeString(path, "old");
    setMode(path, "rw-r--r--");

    replace(new AtomicFile(path), "new", true);

    assertThat(mode(path)).isEqualTo("rw-------");
  }

  @Test
  void replace_symbolicLink_replacesTargetAndKeepsLink() throws IOException {
    Path target = Files.createDirectories(dir.resolve("dotfiles")).resolve("pods.json");
    Files.writeString(target, "old");
    Path link = Files.createSymbolicLink(dir.resolve("pods.json"), target);

    replace(new AtomicFile(link), "new", false);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("new");
  }

  @Test
  void replace_leavesOnlyTheFileAndItsLock() throws IOException {
    Path path = dir.resolve("pods.json");

    replace(new AtomicFile(path), "one", false);
    replace(new AtomicFile(path), "two", false);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("pods.json", "pods.json.lock");
    }
  }

  @Test
  void locked_otherThread_waitsForRelease() throws Exception {
    AtomicFile file = new AtomicFile(dir.resolve("pods.json"));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<?> holder =
          executor.submit(
              () ->
                  file.locked(
                      () -> {
                        holding.countDown();
                        await(release);
                        return null;
                      }));
      assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
      long start = System.nanoTime();
      new Thread(
              () -> {
                sleep(200);
                release.countDown();
              })
          .start();

      new AtomicFile(dir.resolve("pods.json")).locked(() -> null);

      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(150);
      holder.get(10, TimeUnit.SECONDS);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void locked_nested_isRejected() {
    AtomicFile file = new AtomicFile(dir.resolve("pods.json"));

    assertThatThrownBy(
            () -> file.locked(() -> new AtomicFile(dir.resolve("pods.json")).locked(() -> 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside another update of the same file");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package dev.rp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many writers of one {@code pods.json} at once, in separate JVMs and in threads. */
class JsonAliasStoreConcurrencyTest {

  private static final int WRITERS = 24;
  // Long enough that two unlocked read-modify-write cycles would overlap and lose an alias.
  private static final long HOLD_MILLIS = 20;

  @TempDir Path dir;

  @Test
  void update_24Processes_keepsEveryAlias() throws Exception {
    Path podsFile = dir.resolve("rp/pods.json");
    Files.createDirectories(podsFile.getParent());
    Files.writeString(podsFile, PythonRpFiles.PODS_JSON);
    List<Process> processes = new ArrayList<>();
    try {
      for (int i = 0; i < WRITERS; i++) {
        ProcessBuilder builder =
            JavaProcesses.java(
                AddAliasMain.class,
                List.of(),
                podsFile.toString(),
                "proc-" + i,
                "pod" + i,
                Long.toString(HOLD_MILLIS));
        processes.add(builder.redirectError(dir.resolve("stderr-" + i + ".txt").toFile()).start());
      }
      for (Process process : processes) {
        BufferedReader stdout =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(stdout.readLine()).as("first line of a writer").isEqualTo("ready");
      }
      for (Process process : processes) {
        OutputStream stdin = process.getOutputStream();
        stdin.write("go\n".getBytes(StandardCharsets.UTF_8));
        stdin.close();
      }
      for (int i = 0; i < WRITERS; i++) {
        Process process = processes.get(i);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("writer %d finished", i).isTrue();
        assertThat(process.exitValue()).as(stderr(i)).isZero();
      }
    } finally {
      processes.forEach(Process::destroyForcibly);
    }

    JsonAliasStore store = new JsonAliasStore(podsFile);
    assertThat(store.all()).hasSize(WRITERS + 3);
    for (int i = 0; i < WRITERS; i++) {
      assertThat(store.all().get("proc-" + i)).isEqualTo(PodAlias.of("proc-" + i, "pod" + i));
    }
    assertThat(new JsonTemplateStore(podsFile).all()).containsOnlyKeys("ml-training", "old-style");
  }

  @Test
  void update_24Threads_keepsEveryAliasAndTemplate() throws Exception {
    Path podsFile = dir.resolve("pods.json");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService executor = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        String name = "thread-" + i;
        boolean template = i % 4 == 0;
        futures.add(
            executor.submit(
                () -> {
                  start.await();
                  // A new store per writer, as separate parts of a program would have.
                  if (template) {
                    new JsonTemplateStore(podsFile)
                        .update(all -> all.put(name, JsonTemplateStoreTest.template(name)));
                  } else {
                    new JsonAliasStore(podsFile)
                        .update(all -> all.put(name, PodAlias.of(name, "id-" + name)));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      executor.shutdownNow();
    }

    assertThat(new JsonAliasStore(podsFile).all()).hasSize(WRITERS - WRITERS / 4);
    assertThat(new JsonTemplateStore(podsFile).all()).hasSize(WRITERS / 4);
  }

  private String stderr(int writer) {
    try {
      return Files.readString(dir.resolve("stderr-" + writer + ".txt"));
    } catch (IOException e) {
      return e.toString();
    }
  }
}

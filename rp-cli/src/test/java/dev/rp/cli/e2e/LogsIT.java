package dev.rp.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.e2e.RpProcess.Result;
import dev.rp.store.PodAlias;
import dev.rp.store.Stores;
import dev.rp.testing.FakeRunPod;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rp logs} through the packaged launcher against the fake API's log stream. */
class LogsIT {
  @TempDir Path home;
  private FakeRunPod fake;
  private RpProcess rp;

  @BeforeEach
  void setUp() {
    fake = FakeRunPod.start();
    rp = new RpProcess(home);
    rp.env().put("RUNPOD_API_URL", fake.baseUrl());
    rp.env().put("RUNPOD_API_KEY", fake.apiKey());
  }

  @AfterEach
  void tearDown() {
    fake.close();
  }

  private void track(String alias, String podId) {
    Stores.jsonFiles(dev.rp.RpPaths.fromEnvironment(Map.of("HOME", home.toString())))
        .aliases()
        .update(aliases -> aliases.put(alias, PodAlias.of(alias, podId)));
  }

  @Test
  void logs_printsThePodsLinesAndEnds() {
    String podId = fake.addPod("dev-1", "RUNNING");
    fake.setLogLines(podId, List.of("first line", "second line"));
    track("dev-1", podId);

    Result result = rp.run("logs", "dev-1", "--tail", "10");

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).endsWith("first line\nsecond line\n");
  }

  @Test
  void logs_podGone_failsWithOneLine() {
    String podId = fake.addPod("dev-1", "RUNNING");
    track("dev-1", podId);
    fake.removePod(podId);

    Result result = rp.run("logs", "dev-1");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
    assertThat(result.stderr()).startsWith("rp: ").hasLineCount(1);
  }

  @Test
  void logs_tailOutOfRange_isUsageError() {
    Result result = rp.run("logs", "dev-1", "--tail", "9000");

    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stderr()).contains("9000");
  }
}

package dev.rp.cli.e2e;

import dev.rp.testing.Sshd;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the end-to-end tests of pod commands: one sshd with two ports per test class, and a fresh
 * {@link PodFixture} with its own {@code HOME} and fake API per test.
 */
abstract class PodTestBase {

  @TempDir static Path sshdDir;
  static Sshd sshd;

  @TempDir Path home;
  PodFixture pods;
  RpProcess rp;

  @BeforeAll
  static void startSshd() {
    sshd = Sshd.start(sshdDir, 2);
  }

  @AfterAll
  static void stopSshd() {
    if (sshd != null) {
      sshd.close();
    }
  }

  @BeforeEach
  void startFixture() throws IOException {
    pods = PodFixture.start(sshd, home);
    rp = pods.rp();
  }

  @AfterEach
  void closeFixture() {
    pods.close();
  }
}

package dev.rp.store;

import static dev.rp.store.PythonRpFiles.mode;
import static dev.rp.store.PythonRpFiles.setMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.InvalidInputException;
import dev.rp.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileApiKeyStoreTest {

  private static final String KEY = "rpa_TESTKEY0123456789abcdef";

  @TempDir Path dir;
  private Path keyFile;
  private FileApiKeyStore store;

  @BeforeEach
  void setUp() {
    keyFile = dir.resolve("rp/runpod_api_key");
    store = new FileApiKeyStore(keyFile);
  }

  private void writeKeyFile(String text, String mode) throws IOException {
    Files.createDirectories(keyFile.getParent());
    Files.write(keyFile, text.getBytes(StandardCharsets.UTF_8));
    setMode(keyFile, mode);
  }

  @Test
  void write_newFile_isOwnerOnlyWithOneLine() throws IOException {
    store.write(KEY);

    assertThat(Files.readString(keyFile)).isEqualTo(KEY + "\n");
    assertThat(mode(keyFile)).isEqualTo("rw-------");
    assertThat(mode(keyFile.getParent())).isEqualTo("rwx------");
    assertThat(store.read()).contains(KEY);
  }

  @Test
  void write_existingReadableFile_becomesOwnerOnly() throws IOException {
    writeKeyFile("old", "rw-r--r--");

    store.write(KEY);

    assertThat(mode(keyFile)).isEqualTo("rw-------");
    assertThat(store.read()).contains(KEY);
  }

  @Test
  void write_blankOrMultiLineKey_isRejectedWithoutTheKey() {
    assertThatThrownBy(() -> store.write("  \n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> store.write(KEY + "\nsecond"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line break")
        .hasMessageNotContaining(KEY);
    assertThat(keyFile).doesNotExist();
  }

  @Test
  void read_byteOrderMarkAndCrlf_areTrimmed() throws IOException {
    writeKeyFile("\uFEFF  " + KEY + "\r\n", "rw-------");

    assertThat(store.read()).contains(KEY);
  }

  @Test
  void read_missingOrBlankFile_isEmpty() throws IOException {
    assertThat(store.read()).isEmpty();
    assertThat(store.absenceReason()).isEqualTo("key file " + keyFile + " does not exist");

    writeKeyFile("\r\n", "rw-------");

    assertThat(store.read()).isEmpty();
    assertThat(store.absenceReason()).isEqualTo("key file " + keyFile + " is empty");
  }

  @Test
  void read_twoLines_isRejectedWithoutTheKey() throws IOException {
    writeKeyFile(KEY + "\n" + KEY + "\n", "rw-------");

    assertThatThrownBy(store::read)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(keyFile + ": it has more than one line")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void read_worldReadableFile_warnsOnceWithFix() throws IOException {
    writeKeyFile(KEY + "\n", "rw-r--r--");

    String log;
    try (StderrCapture stderr = new StderrCapture()) {
      assertThat(store.read()).contains(KEY);
      assertThat(store.read()).contains(KEY);
      log = stderr.text();
    }

    assertThat(log.lines().filter(line -> line.contains("WARN"))).hasSize(1);
    assertThat(log).contains("API key file " + keyFile + " is readable by other users");
    assertThat(log).contains("chmod 600 " + keyFile);
    assertThat(log).doesNotContain(KEY);
  }

  @Test
  void read_groupReadableFile_warns() throws IOException {
    writeKeyFile(KEY, "rw-r-----");

    try (StderrCapture stderr = new StderrCapture()) {
      store.read();
      assertThat(stderr.text()).contains("chmod 600 " + keyFile);
    }
  }

  @Test
  void read_ownerOnlyFile_doesNotWarn() throws IOException {
    writeKeyFile(KEY, "rw-------");

    try (StderrCapture stderr = new StderrCapture()) {
      store.read();
      assertThat(stderr.text()).isEmpty();
    }
  }

  @Test
  void toStringAndDescription_nameFileNotKey() {
    store.write(KEY);

    assertThat(store.description()).isEqualTo("key file " + keyFile);
    assertThat(store.toString()).contains(keyFile.toString()).doesNotContain(KEY);
  }
}

package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedactingOutputStreamTest {

  private static final String KEY = "rpa_0123456789ABCDEF";

  private final ByteArrayOutputStream target = new ByteArrayOutputStream();
  private final PrintStream out =
      new PrintStream(
          new RedactingOutputStream(target, StandardCharsets.UTF_8), false, StandardCharsets.UTF_8);

  @AfterEach
  void forgetSecrets() {
    Secrets.clear();
  }

  private String written() {
    return target.toString(StandardCharsets.UTF_8);
  }

  @Test
  void println_masksRegisteredKey() {
    Secrets.register(KEY);

    out.println("Authorization: Bearer " + KEY + " and again " + KEY);

    assertThat(written()).isEqualTo("Authorization: Bearer **** and again ****\n");
  }

  @Test
  void keySplitAcrossPrints_isMaskedAtLineEnd() {
    Secrets.register(KEY);

    out.print(KEY.substring(0, 6));
    out.println(KEY.substring(6));

    assertThat(written()).isEqualTo("****\n");
  }

  @Test
  void keyRegisteredLater_isMasked() {
    out.println("before");
    Secrets.register(KEY);
    out.print("key " + KEY + "\r");

    assertThat(written()).isEqualTo("before\nkey ****\r");
  }

  @Test
  void shortValue_isNotRegistered() {
    Secrets.register("abc");
    Secrets.register(null);

    out.println("abc");

    assertThat(written()).isEqualTo("abc\n");
  }

  @Test
  void flush_writesPendingText() {
    out.print("Enter the key: ");
    out.flush();

    assertThat(written()).isEqualTo("Enter the key: ");
  }

  @Test
  void nonAscii_passesThrough() {
    Secrets.register(KEY);

    out.println("训练 ─ " + KEY);

    assertThat(written()).isEqualTo("训练 ─ ****\n");
  }

  @Test
  void redact_masksStrings() {
    Secrets.register(KEY);

    assertThat(Secrets.redact("x" + KEY)).isEqualTo("x****");
    assertThat(Secrets.redact(null)).isNull();
  }
}

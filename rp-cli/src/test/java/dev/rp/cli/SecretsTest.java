package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecretsTest {

  private static final String KEY = "rpa_0123456789ABCDEF";

  @AfterEach
  void forgetSecrets() {
    Secrets.clear();
  }

  @Test
  void register_withoutScope_masksEverywhere() throws Exception {
    Secrets.register(KEY);

    String otherThread = CompletableFuture.supplyAsync(() -> Secrets.redact("key " + KEY)).get();

    assertThat(Secrets.redact("key " + KEY)).isEqualTo("key ****");
    assertThat(otherThread).isEqualTo("key ****");
  }

  @Test
  void register_inScope_masksThisThreadOnly() throws Exception {
    String inScope;
    String otherThread;
    try (Secrets.Scope scope = Secrets.openScope()) {
      Secrets.register(KEY);
      inScope = Secrets.redact("key " + KEY);
      otherThread = CompletableFuture.supplyAsync(() -> Secrets.redact("key " + KEY)).get();
    }

    assertThat(inScope).isEqualTo("key ****");
    assertThat(otherThread).isEqualTo("key " + KEY);
    assertThat(Secrets.redact("key " + KEY)).isEqualTo("key " + KEY);
  }
}

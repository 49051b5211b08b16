package dev.rp.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PromptsTest {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
  private final List<String> secretPrompts = new ArrayList<>();

  private Prompts prompts(String input) {
    return new Prompts(
        true,
        new StringReader(input),
        out,
        prompt -> {
          secretPrompts.add(prompt);
          return "  rpa_SECRET_KEY\n".toCharArray();
        });
  }

  private String shown() {
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void readLine_returnsTrimmedLine() {
    assertThat(prompts("  dev-1 \n").readLine("Alias?", "--alias")).isEqualTo("dev-1");
    assertThat(shown()).isEqualTo("Alias? ");
  }

  @Test
  void readLine_atEndOfInput_isCancelled() {
    assertThatThrownBy(() -> prompts("").readLine("Alias?", "--alias"))
        .isInstanceOf(PromptCancelledException.class)
        .hasMessageContaining("Alias?");
  }

  @Test
  void confirm_acceptsOnlyYes() {
    assertThat(prompts("y\n").confirm("Destroy dev-1?", "--force")).isTrue();
    assertThat(prompts("YES\n").confirm("Destroy dev-1?", "--force")).isTrue();
    assertThat(prompts("\n").confirm("Destroy dev-1?", "--force")).isFalse();
    assertThat(prompts("yep\n").confirm("Destroy dev-1?", "--force")).isFalse();
    assertThat(prompts("").confirm("Destroy dev-1?", "--force")).isFalse();
    assertThat(shown()).startsWith("Destroy dev-1? [y/N] ");
  }

  @Test
  void readSecret_usesSecretReader() {
    String key = prompts("").readSecret("RunPod API key:", "RUNPOD_API_KEY");

    assertThat(key).isEqualTo("rpa_SECRET_KEY");
    assertThat(secretPrompts).containsExactly("RunPod API key: ");
    assertThat(shown()).doesNotContain("rpa_SECRET_KEY");
  }

  @Test
  void readSecret_withoutConsole_isRejected() {
    Prompts prompts = new Prompts(true, new StringReader("typed\n"), out, null);

    assertThatThrownBy(() -> prompts.readSecret("RunPod API key:", "RUNPOD_API_KEY"))
        .isInstanceOf(TerminalRequiredException.class)
        .hasMessageContaining("RUNPOD_API_KEY");
  }

  @Test
  void choose_returnsNumberedOption() {
    String chosen = prompts("2\n").choose("Which pod?", List.of("dev-1", "dev-2"), s -> s, "ALIAS");

    assertThat(chosen).isEqualTo("dev-2");
    assertThat(shown()).contains("Which pod?\n  1) dev-1\n  2) dev-2\n");
  }

  @Test
  void choose_asksAgainAfterInvalidAnswer() {
    String chosen =
        prompts("0\nabc\n1\n").choose("Which pod?", List.of("dev-1"), Function.identity(), "ALIAS");

    assertThat(chosen).isEqualTo("dev-1");
    assertThat(shown()).contains("'0' is not a number from 1 to 1.").contains("'abc' is not");
  }

  @Test
  void choose_atEndOfInput_isCancelled() {
    assertThatThrownBy(() -> prompts("").choose("Which pod?", List.of("a"), s -> s, "ALIAS"))
        .isInstanceOf(PromptCancelledException.class);
  }

  @Test
  void notATerminal_rejectsEveryPrompt() {
    Prompts prompts = new Prompts(false, new StringReader("y\n"), out, p -> "k".toCharArray());

    assertThatThrownBy(() -> prompts.confirm("Destroy dev-1?", "--force"))
        .isInstanceOf(TerminalRequiredException.class)
        .hasMessage(
            "Cannot ask \"Destroy dev-1?\" because stdin is not a terminal. Use --force instead.");
    assertThatThrownBy(() -> prompts.readLine("Alias?", "--alias"))
        .isInstanceOf(TerminalRequiredException.class);
    assertThatThrownBy(() -> prompts.readSecret("Key:", "RUNPOD_API_KEY"))
        .isInstanceOf(TerminalRequiredException.class);
    assertThatThrownBy(() -> prompts.choose("Which?", List.of("a"), s -> s, "ALIAS"))
        .isInstanceOf(TerminalRequiredException.class);
    assertThat(shown()).isEmpty();
  }
}

package dev.rp.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.pods.PodStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void write_prettyPrintsWithTwoSpaces() {
    Map<String, Object> pod = new LinkedHashMap<>();
    pod.put("alias", "dev-1");
    pod.put("gpus", 2);

    assertThat(Json.write(pod)).isEqualTo("{\n  \"alias\": \"dev-1\",\n  \"gpus\": 2\n}");
  }

  @Test
  void linkedMap_keepsItsOrder() {
    Map<String, Object> pod = new LinkedHashMap<>();
    pod.put("z", 1);
    pod.put("a", 2);

    assertThat(Json.write(pod)).isEqualTo("{\n  \"z\": 1,\n  \"a\": 2\n}");
  }

  @Test
  void otherMaps_sortKeys() {
    Map<String, Object> pod = Map.of("z", 1, "m", 2, "a", 3);

    assertThat(Json.write(pod)).isEqualTo("{\n  \"a\": 3,\n  \"m\": 2,\n  \"z\": 1\n}");
  }

  @Test
  void values_becomeJsonTypes() throws IOException {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("status", PodStatus.RUNNING);
    value.put("created", Instant.parse("2025-01-01T12:00:00Z"));
    value.put("path", Path.of("/workspace"));
    value.put("missing", Optional.empty());
    value.put("present", Optional.of("x"));
    value.put("cost", 3.2);
    value.put("nan", Double.NaN);
    value.put("list", List.of(1, "two"));
    value.put("array", new Object[] {null, true});
    value.put("nothing", null);

    Object parsed = Json.parse(Json.write(value));

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("status", "RUNNING");
    expected.put("created", "2025-01-01T12:00:00Z");
    expected.put("path", "/workspace");
    expected.put("missing", null);
    expected.put("present", "x");
    expected.put("cost", 3.2);
    expected.put("nan", null);
    expected.put("list", List.of(1.0, "two"));
    expected.put("array", Arrays.asList(null, true));
    expected.put("nothing", null);
    assertThat(parsed).isEqualTo(expected);
  }

  @Test
  void print_endsWithLineBreak() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Json.print(List.of(), new PrintStream(buffer, true, StandardCharsets.UTF_8));

    assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
  }

  @Test
  void parse_rejectsTrailingData() {
    assertThatThrownBy(() -> Json.parse("{} x")).isInstanceOf(IOException.class);
  }
}

package dev.rp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void write_nestedValues_matchesPythonIndentTwo() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("x", null);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("a", new LinkedHashMap<>());
    root.put("b", new ArrayList<>());
    root.put("c", Arrays.asList(new JsonNumber("1"), inner));
    root.put("d", "\u00e9\u007f/\"");
    root.put("e", true);

    // Output of Python 3: json.dumps(value, indent=2) + "\n".
    assertThat(JsonWriter.write(root))
        .isEqualTo(
            """
            {
              "a": {},
              "b": [],
              "c": [
                1,
                {
                  "x": null
                }
              ],
              "d": "\\u00e9\\u007f/\\"",
              "e": true
            }
            """);
  }

  @Test
  void write_controlCharactersAndSurrogates_areEscaped() {
    assertThat(JsonWriter.write("\t\n\r\b\f\u0001\\\uD83D\uDE00"))
        .isEqualTo("\"\\t\\n\\r\\b\\f\\u0001\\\\\\ud83d\\ude00\"\n");
  }

  @Test
  void write_parsedText_roundTripsValues() {
    String text = "{\"n\": [1.50, -0.0, 2.5e3], \"s\": \"caf\\u00e9\", \"z\": null}";
    Object parsed = PythonRpFiles.tree(text);

    Object reparsed = PythonRpFiles.tree(JsonWriter.write(parsed));

    assertThat(reparsed).isEqualTo(parsed);
    assertThat(JsonWriter.write(parsed)).contains("1.50", "-0.0", "2.5e3");
  }

  @Test
  void write_emptyTopLevelArray_isBrackets() {
    assertThat(JsonWriter.write(List.of())).isEqualTo("[]\n");
  }
}

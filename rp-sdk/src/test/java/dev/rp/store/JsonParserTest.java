package dev.rp.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.StoreException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonParserTest {

  private static final Path FILE = Path.of("/config/pods.json");

  private static Object parse(String text) {
    return JsonParser.parse(FILE, text).root();
  }

  @Test
  void parse_values_mapToJavaTypes() {
    Object root =
        parse(
            "{\"s\": \"x\", \"n\": -1.50e+2, \"t\": true, \"f\": false, \"z\": null, \"a\": [1]}");

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("s", "x");
    expected.put("n", new JsonNumber("-1.50e+2"));
    expected.put("t", true);
    expected.put("f", false);
    expected.put("z", null);
    expected.put("a", java.util.List.of(new JsonNumber("1")));
    assertThat(root).isEqualTo(expected);
  }

  @Test
  void parse_object_keepsFileOrder() {
    Object root = parse("{\"b\": 1, \"a\": 2, \"c\": 3}");

    @SuppressWarnings("unchecked")
    Map<String, Object> members = (Map<String, Object>) root;
    assertThat(members.keySet()).containsExactly("b", "a", "c");
  }

  @Test
  void parse_repeatedName_isRejectedWithPosition() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("{\"a\": 1, \"a\": 2}"))
        .isInstanceOf(dev.rp.StoreException.class)
        .hasMessageContaining("'a' appears twice in one object at line 1");
  }

  @Test
  void parse_escapes_areDecoded() {
    assertThat(parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\""))
        .isEqualTo("\"\\/\b\f\n\r\té\uD83D\uDE00");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"a\": 1,}|1|9|expected a member name in double quotes, but found '}'",
        "{\"a\" 1}|1|6|expected ':' after the member name, but found '1'",
        "[1 2]|1|4|expected ',' or ']' after an array element, but found '2'",
        "[01]|1|3|a number must not start with 0 unless it is 0",
        "[1.]|1|4|expected a digit, but found ']'",
        "{\"a\": tru}|1|7|expected a value, but found 't'",
        "\"abc|1|5|the string that starts at line 1, column 1 is not closed",
        "\"a\\x\"|1|3|invalid escape '\\x'",
        "{} {}|1|4|expected the end of the file after the top-level value, but found '{'",
        "[NaN]|1|2|expected a value, but found 'N'",
      })
  void parse_syntaxError_namesFileLineAndColumn(String text, int line, int column, String problem) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(
            "Cannot read " + FILE + ": invalid JSON at line " + line + ", column " + column + ": ")
        .hasMessageContaining(problem)
        .hasMessageEndingWith("Fix the file or move it aside. It was left unchanged.");
  }

  @Test
  void parse_errorAfterLineBreaks_countsLinesAndColumns() {
    assertThatThrownBy(() -> parse("{\r\n  \"a\": 1,\r\n  \"b\": }"))
        .hasMessageContaining("invalid JSON at line 3, column 8: expected a value, but found '}'");
  }

  @Test
  void parse_controlCharacterInString_isRejected() {
    assertThatThrownBy(() -> parse("\"a\nb\""))
        .hasMessageContaining("line 1, column 3: control character U+000A inside a string");
  }

  @Test
  void parse_deepNesting_isRejected() {
    char[] open = new char[300];
    Arrays.fill(open, '[');

    assertThatThrownBy(() -> parse(new String(open)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("nested more than 256 deep");
  }

  @Test
  void invalid_valueInsideFile_namesPathAndPosition() {
    JsonDocument document = JsonParser.parse(FILE, "{\n  \"a\": {\"b c\": [true, 7]}\n}");

    StoreException error = document.invalid("a[\"b c\"][1]", "must be positive");

    assertThat(error)
        .hasMessage(
            "Cannot read /config/pods.json: a[\"b c\"][1] at line 2, column 23 must be positive."
                + " Fix that value or move the file aside. The file was left unchanged.");
    assertThat(error.path()).contains(FILE);
  }
}

package dev.rp.cli.output;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import okio.Buffer;

/**
 * Writes {@code --json} output with Moshi: pretty printed with two spaces, nulls kept, and keys in
 * a stable order.
 *
 * <p>Values are trees of {@link Map}, {@link Collection}, arrays of objects, {@link String}, {@link
 * Number}, {@link Boolean} and null. An {@link Optional} writes its value or null, an enum its
 * name, and any other object its {@code toString()}, which suits {@code Instant}, {@code Duration}
 * and {@code Path}. A {@link LinkedHashMap} or {@link SortedMap} keeps its order; keys of any other
 * map are sorted, so that {@code Map.of(...)} prints the same way on every run.
 */
public final class Json {

  private static final Moshi MOSHI = new Moshi.Builder().build();

  private Json() {}

  /** Returns the Moshi instance rp-cli shares, with Moshi's built-in adapters only. */
  public static Moshi moshi() {
    return MOSHI;
  }

  /** Returns {@code value} as pretty-printed JSON, without a final line break. */
  public static String write(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setIndent("  ");
      writer.setSerializeNulls(true);
      writeValue(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing JSON to memory failed", e);
    }
    return buffer.readUtf8();
  }

  /** Prints {@code value} as JSON and a line break to {@code out}, then flushes it. */
  public static void print(Object value, PrintStream out) {
    out.println(write(value));
    out.flush();
  }

  /**
   * Returns {@code json} parsed into maps, lists, strings, doubles, booleans and nulls.
   *
   * @throws IOException when {@code json} is not valid JSON
   */
  public static Object parse(String json) throws IOException {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      Object value = reader.readJsonValue();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IOException("Unexpected data after the JSON value at " + reader.getPath());
      }
      return value;
    }
  }

  private static void writeValue(JsonWriter writer, Object value) throws IOException {
    if (value instanceof Optional<?> optional) {
      writeValue(writer, optional.orElse(null));
    } else if (value == null) {
      writer.nullValue();
    } else if (value instanceof String text) {
      writer.value(text);
    } else if (value instanceof Boolean flag) {
      writer.value(flag);
    } else if (value instanceof Number number) {
      writeNumber(writer, number);
    } else if (value instanceof Map<?, ?> map) {
      writeObject(writer, map);
    } else if (value instanceof Collection<?> collection) {
      writeArray(writer, collection);
    } else if (value instanceof Object[] array) {
      writeArray(writer, Arrays.asList(array));
    } else if (value instanceof Enum<?> constant) {
      writer.value(constant.name());
    } else {
      writer.value(value.toString());
    }
  }

  private static void writeNumber(JsonWriter writer, Number number) throws IOException {
    double asDouble = number.doubleValue();
    if (Double.isNaN(asDouble) || Double.isInfinite(asDouble)) {
      // JSON has no NaN or infinity, and printing one would make the output unparseable.
      writer.nullValue();
    } else {
      writer.value(number);
    }
  }

  private static void writeObject(JsonWriter writer, Map<?, ?> map) throws IOException {
    Map<?, ?> ordered = map;
    if (!(map instanceof LinkedHashMap || map instanceof SortedMap)) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((key, entry) -> sorted.put(String.valueOf(key), entry));
      ordered = sorted;
    }
    writer.beginObject();
    for (Map.Entry<?, ?> entry : ordered.entrySet()) {
      writer.name(String.valueOf(entry.getKey()));
      writeValue(writer, entry.getValue());
    }
    writer.endObject();
  }

  private static void writeArray(JsonWriter writer, Collection<?> values) throws IOException {
    writer.beginArray();
    for (Object value : values) {
      writeValue(writer, value);
    }
    writer.endArray();
  }
}

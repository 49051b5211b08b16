package dev.rp.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON reading and writing for the fake RunPod, on Moshi's untyped adapter. */
final class FakeJson {

  private static final JsonAdapter<Object> ADAPTER =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls();

  private FakeJson() {}

  /** Writes a tree of maps, lists, strings, numbers, booleans and nulls, keeping null members. */
  static String write(Object tree) {
    return ADAPTER.toJson(tree);
  }

  /**
   * Parses a JSON object whose integral numbers become {@code Long}, so that writing it again keeps
   * {@code 50} from turning into {@code 50.0}, which the contract's integer fields reject.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> readObject(String json) {
    Object tree;
    try {
      tree = ADAPTER.fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException("Invalid JSON: " + e.getMessage(), e);
    }
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException("Expected a JSON object, got: " + json);
    }
    return (Map<String, Object>) normalize(tree);
  }

  private static Object normalize(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> copy.put((String) key, normalize(value)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(normalize(item)));
      return copy;
    }
    if (node instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
      return number.longValue();
    }
    return node;
  }
}

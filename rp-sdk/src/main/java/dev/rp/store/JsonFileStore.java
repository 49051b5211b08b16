package dev.rp.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of type {@code S} kept in one JSON file, read with a {@link Codec} and updated atomically
 * under the file's lock.
 *
 * <p>A missing or blank file reads as {@link Codec#emptyRoot()}. A file that cannot be parsed or
 * decoded raises {@link dev.rp.StoreException} and is never written, so an update cannot destroy
 * what the user could still repair by hand. An update that leaves the JSON unchanged writes
 * nothing.
 */
final class JsonFileStore<S> {

  private static final Logger LOG = LoggerFactory.getLogger(JsonFileStore.class);

  /** Conversion between a file's JSON and the state it holds. */
  interface Codec<S> {

    /** Returns the JSON of a file that does not exist yet. */
    Object emptyRoot();

    /** Returns the state held in {@code document}, or raises an error naming the bad value. */
    S decode(JsonDocument document);

    /** Returns a copy of {@code state} that the caller's change function may modify. */
    S mutableCopy(S state);

    /** Raises {@link IllegalArgumentException} when {@code state} cannot be saved. */
    void check(S state);

    /**
     * Returns the JSON to save for {@code after}, built from a copy of {@code current} so that
     * unknown fields and unchanged entries keep their exact values. The {@code before} state is
     * {@code current} decoded.
     */
    Object encode(JsonDocument current, S before, S after);
  }

  private final AtomicFile file;
  private final Codec<S> codec;

  JsonFileStore(Path path, Codec<S> codec) {
    this.file = new AtomicFile(path);
    this.codec = codec;
  }

  Path path() {
    return file.path();
  }

  /** Returns the state in the file now, read without taking the lock. */
  S read() {
    return codec.decode(document());
  }

  /** Applies {@code change} to a copy of the current state and saves the result. */
  <T> T update(Function<S, T> change) {
    return file.locked(
        () -> {
          JsonDocument current = document();
          S before = codec.decode(current);
          S after = codec.mutableCopy(before);
          T result = change.apply(after);
          codec.check(after);
          Object root = codec.encode(current, before, after);
          if (root.equals(current.root())) {
            LOG.debug("Left {} unchanged", file.path());
          } else {
            file.replace(JsonWriter.write(root), false);
          }
          return result;
        });
  }

  private JsonDocument document() {
    Optional<String> text = file.read();
    if (text.isEmpty() || text.get().isBlank()) {
      return JsonDocument.of(file.path(), codec.emptyRoot());
    }
    return JsonParser.parse(file.path(), text.get());
  }
}

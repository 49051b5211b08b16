package dev.rp.cli.commands;

import com.squareup.moshi.JsonAdapter;
import dev.rp.cli.output.Json;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Hidden {@code rp __json-check}: parses a small JSON document into a record with Moshi and prints
 * it back. It shows that Moshi's record support works inside the fat jar, which it does not when
 * the jar's manifest lacks {@code Multi-Release: true}.
 */
@Command(name = "__json-check", hidden = true, description = "Checks Moshi inside the jar.")
public final class JsonCheckCommand extends BaseCommand {

  /** Document parsed when no argument is given. */
  static final String SAMPLE = "{\"name\":\"rp\",\"count\":2,\"tags\":[\"a\",\"b\"]}";

  @Parameters(index = "0", arity = "0..1", paramLabel = "JSON", description = "Document to parse.")
  String json = SAMPLE;

  /** Prints the parsed sample as {@code name=... count=... tags=[...]}. */
  @Override
  public Integer call() throws IOException {
    JsonAdapter<Sample> adapter = Json.moshi().adapter(Sample.class);
    Sample sample = adapter.fromJson(json);
    out().println("name=" + sample.name() + " count=" + sample.count() + " tags=" + sample.tags());
    return OK;
  }

  /**
   * Document with a string, a number and a list, read as a record.
   *
   * @param name a string field
   * @param count a number field
   * @param tags a list field
   */
  public record Sample(String name, int count, List<String> tags) {}
}

package dev.rp.cli;

import dev.rp.cli.output.Json;
import dev.rp.cli.output.Table;
import dev.rp.cli.output.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;

/**
 * Loads the classes a typical {@code rp} command loads, without network or file access, so that the
 * launcher can record them into a class data sharing archive with {@code -XX:ArchiveClassesAtExit}.
 */
// NOTE: once commands call the SDK, building its client here (without sending a request) would
// put the SDK's classes into the archive too.
public final class CdsTraining {

  private CdsTraining() {}

  /** Parses and renders the help of every command, writes JSON and builds an HTTP client. */
  public static void main(String[] args) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    CliContext context =
        new CliContext(
            Map.of("HOME", System.getProperty("java.io.tmpdir")), Terminal.none(), sink, sink);
    Main.run(context, "--help");
    Main.run(context, "create", "--help");
    Main.run(context, "__json-check");
    Main.run(context, "stop", "--bogus");
    Table table = Table.of(Table.Column.left("Alias"), Table.Column.right("Cost"));
    table.addRow("dev-1", "$1.000");
    sink.print(table.render());
    sink.print(Json.write(Map.of("alias", "dev-1", "cost", 1.0)));
    LoggerFactory.getLogger(CdsTraining.class).debug("trained");
    new OkHttpClient.Builder().build().dispatcher().executorService().shutdown();
  }
}

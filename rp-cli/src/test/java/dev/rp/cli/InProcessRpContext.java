package dev.rp.cli;

import dev.rp.cli.output.Terminal;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;

/** Contexts for tests that only need the command model, writing nowhere. */
final class InProcessRpContext {

  private InProcessRpContext() {}

  static CliContext create() {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    return new CliContext(Map.of(), Terminal.none(), nowhere, nowhere);
  }
}

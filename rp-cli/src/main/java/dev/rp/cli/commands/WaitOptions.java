package dev.rp.cli.commands;

import dev.rp.cli.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@code --timeout} option of the commands that wait for a pod to accept SSH. */
public final class WaitOptions {

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "10m",
      converter = DurationConverter.class,
      description =
          "How long to wait for the pod to run and accept SSH, such as 90s, 10m or 1h30m;"
              + " default: ${DEFAULT-VALUE}. When it passes, the pod is kept and stays tracked.")
  Duration timeout;

  /** Returns how long to wait for the pod. */
  public Duration timeout() {
    return timeout;
  }
}

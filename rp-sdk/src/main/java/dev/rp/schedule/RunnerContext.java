package dev.rp.schedule;

import dev.rp.RpPaths;
import dev.rp.internal.ValueStyle;
import java.nio.file.Path;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Inputs of a background runner: the installed launcher, the folders, the operating system, the
 * environment and the runner of commands such as {@code launchctl}.
 *
 * <p>Tests build one with a {@code HOME} in a temporary folder and a {@code PATH} of recorder
 * scripts.
 */
@Value.Immutable
@ValueStyle
public interface RunnerContext {

  /** Returns the absolute path of the installed {@code rp} launcher that runners call. */
  Path launcher();

  /** Returns rp's config folder, which the tick must use too. */
  Path configDir();

  /** Returns the home folder that runner files go into. */
  Path home();

  /** Returns the operating system's name, as the {@code os.name} property gives it. */
  String osName();

  /**
   * Returns the environment to take {@code PATH}, {@code USER} and rp's variables from. It may
   * contain {@code RUNPOD_API_KEY}, which is never copied anywhere.
   */
  @Value.Redacted
  Map<String, String> environment();

  /** Returns what runs the commands, by default {@link CommandRunner#onPath} of the environment. */
  @Value.Default
  default CommandRunner commands() {
    return CommandRunner.onPath(environment());
  }

  /** Rejects a relative launcher, which a runner started elsewhere could not find. */
  @Value.Check
  default void check() {
    if (!launcher().isAbsolute()) {
      throw new IllegalArgumentException("launcher must be an absolute path: " + launcher());
    }
  }

  /**
   * Returns the context of this process: {@code paths}' folders, {@code os.name} and the process
   * environment.
   */
  static RunnerContext of(Path launcher, RpPaths paths) {
    return builder()
        .launcher(launcher)
        .configDir(paths.configDir())
        .home(paths.home())
        .osName(System.getProperty("os.name", ""))
        .environment(System.getenv())
        .build();
  }

  /** Returns a builder of a context. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link RunnerContext}. */
  final class Builder extends ImmutableRunnerContext.Builder {}
}

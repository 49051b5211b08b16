package dev.rp.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a separate JVM on this test's class path, for tests that need several processes. */
final class JavaProcesses {

  private JavaProcesses() {}

  /**
   * Returns a process builder that runs {@code mainClass} with {@code jvmOptions} and {@code args}.
   * The options favour start-up time, because the tests start many short-lived JVMs.
   */
  static ProcessBuilder java(Class<?> mainClass, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xmx64m");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}

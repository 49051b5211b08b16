package dev.rp.cli;

/**
 * Program that does nothing, to measure the JVM's start-up floor with rp's options and jar; see
 * {@code bench/cli-bench.sh}.
 */
public final class Noop {

  private Noop() {}

  /** Returns at once. */
  public static void main(String[] args) {}
}

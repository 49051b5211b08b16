package dev.rp.cli;

import picocli.CommandLine.IVersionProvider;

/** Supplies {@code rp --version}: rp's version from the jar manifest, and the Java runtime. */
public final class VersionProvider implements IVersionProvider {

  /** Version shown when rp runs from class files rather than the packaged jar. */
  static final String UNPACKAGED = "development build";

  /** Returns rp's version from {@code Implementation-Version}, or a development marker. */
  public static String version() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return version == null ? UNPACKAGED : version;
  }

  /** Returns the lines of {@code rp --version}. */
  @Override
  public String[] getVersion() {
    return new String[] {
      "rp " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}

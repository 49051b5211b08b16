package dev.rp;

/** Version of the rp SDK, read from the jar manifest when packaged. */
final class Version {
  private Version() {}
}

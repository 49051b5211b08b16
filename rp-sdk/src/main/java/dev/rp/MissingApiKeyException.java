package dev.rp;

import java.util.List;

/** Thrown when no API key was found; the message lists every source that was tried. */
public class MissingApiKeyException extends RunPodException {
  private static final long serialVersionUID = 1L;

  private final List<String> sourcesTried;

  /** Creates an exception listing the {@code sourcesTried}, in the order they were tried. */
  public MissingApiKeyException(List<String> sourcesTried) {
    super(
        "No RunPod API key found. Tried: "
            + String.join("; ", sourcesTried)
            + ". Set RUNPOD_API_KEY or save the key in the key file.");
    this.sourcesTried = List.copyOf(sourcesTried);
  }

  /** Returns the sources that were tried, in order. */
  public List<String> sourcesTried() {
    return sourcesTried;
  }
}

package dev.rp.cli.completion;

import java.util.Iterator;
import java.util.List;

/**
 * Marks a parameter that takes a template identifier. The completion scripts replace {@link
 * #MARKER} with a call to {@code rp __complete templates}.
 */
public final class TemplateCandidates implements Iterable<String> {

  /** Placeholder that the completion generators look for. */
  public static final String MARKER = "__rp_dynamic_templates__";

  /** Returns the marker alone. */
  @Override
  public Iterator<String> iterator() {
    return List.of(MARKER).iterator();
  }
}

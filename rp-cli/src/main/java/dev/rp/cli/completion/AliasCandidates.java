package dev.rp.cli.completion;

import java.util.Iterator;
import java.util.List;

/**
 * Marks a parameter that takes the alias of a tracked pod. The completion scripts replace {@link
 * #MARKER} with a call to {@code rp __complete aliases}, so that names complete as they are when
 * the user presses Tab.
 */
public final class AliasCandidates implements Iterable<String> {

  /** Placeholder that the completion generators look for. */
  public static final String MARKER = "__rp_dynamic_aliases__";

  /** Returns the marker alone. */
  @Override
  public Iterator<String> iterator() {
    return List.of(MARKER).iterator();
  }
}

package dev.rp.internal.core;

import dev.rp.NotFoundLocallyException;
import dev.rp.store.PodAlias;
import java.util.ArrayList;
import java.util.Map;

/** Reads aliases from the store, failing with the list of known aliases. */
final class Aliases {
  private Aliases() {}

  static PodAlias require(Map<String, PodAlias> all, String alias) {
    PodAlias found = all.get(alias);
    if (found == null) {
      throw new NotFoundLocallyException("alias", alias, new ArrayList<>(all.keySet()));
    }
    return found;
  }
}

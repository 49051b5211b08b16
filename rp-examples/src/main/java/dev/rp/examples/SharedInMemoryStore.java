package dev.rp.examples;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.store.AliasStore;
import dev.rp.store.PodAlias;
import dev.rp.store.Stores;
import java.io.PrintStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Plugs a custom alias store into two clients, as a test suite would to keep rp's state out of the
 * user's files, and shows that an alias one client creates is visible to the other. Templates,
 * tasks and the key stay in {@link Stores#inMemory()}. Arguments: {@code [ALIAS [GPU_SPEC]]}.
 */
public final class SharedInMemoryStore {

  /**
   * Runs the example against the API set in the environment. The key must be in {@code
   * RUNPOD_API_KEY}, because the key store is in memory too and starts empty.
   */
  public static void main(String[] args) {
    run(RunPod.builder(), System.out, args);
  }

  static void run(RunPodClient.Builder builder, PrintStream out, String... args) {
    String alias = args.length > 0 ? args[0] : "shared-1";
    Stores shared =
        Stores.builder().aliases(new MapAliasStore()).defaults(Stores.inMemory()).build();
    try (RunPodClient first = builder.stores(shared).build();
        RunPodClient second = builder.stores(shared).build()) {
      first.pods().create(alias).gpu(args.length > 1 ? args[1] : "A40").storage("0").submit();
      second.pods().list().forEach(pod -> out.println("Second client sees " + pod.alias()));

      second.pods().alias(alias).destroy();
      out.println("After the second client destroyed it, the first sees " + first.pods().list());
    }
  }

  /** Alias store in a sorted map, with each update applied to a copy under one lock. */
  static final class MapAliasStore implements AliasStore {
    private final Map<String, PodAlias> aliases = new TreeMap<>();

    @Override
    public synchronized Map<String, PodAlias> all() {
      return Collections.unmodifiableMap(new TreeMap<>(aliases));
    }

    @Override
    public synchronized <T> T update(Function<Map<String, PodAlias>, T> change) {
      Map<String, PodAlias> copy = new TreeMap<>(aliases);
      // When change throws, the stored aliases stay as they were.
      T result = change.apply(copy);
      aliases.clear();
      aliases.putAll(copy);
      return result;
    }
  }
}

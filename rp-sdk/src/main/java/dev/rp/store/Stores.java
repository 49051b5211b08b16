package dev.rp.store;

import dev.rp.RpPaths;
import java.util.Objects;

/**
 * The four stores that hold rp's local state: aliases, templates, scheduled tasks and the API key.
 *
 * <pre>{@code
 * Stores files = Stores.jsonFiles(RpPaths.fromEnvironment());   // ~/.config/rp, shared with the Python rp
 * Stores memory = Stores.inMemory();                             // for tests and JShell
 * Stores mixed = Stores.builder().aliases(myAliasStore).build(); // JSON files for the rest
 * }</pre>
 *
 * <p>The JSON-file stores read and write the Python rp's formats: {@code pods.json} for aliases and
 * templates, {@code schedule.json} for tasks, {@code runpod_api_key} for the key. Every update is
 * atomic, under a lock that other rp processes on the same files respect, and keeps the fields rp
 * does not know. Creating stores does no I/O; the files are read on first use.
 */
public final class Stores {

  private final AliasStore aliases;
  private final TemplateStore templates;
  private final TaskStore tasks;
  private final ApiKeyStore apiKey;

  private Stores(AliasStore aliases, TemplateStore templates, TaskStore tasks, ApiKeyStore apiKey) {
    this.aliases = aliases;
    this.templates = templates;
    this.tasks = tasks;
    this.apiKey = apiKey;
  }

  /**
   * Returns stores in the JSON files of {@code paths}: {@link RpPaths#podsFile()}, {@link
   * RpPaths#scheduleFile()} and {@link RpPaths#apiKeyFile()}. A missing file reads as empty; the
   * config folder is created on the first write, with mode 0700 on POSIX file systems.
   */
  public static Stores jsonFiles(RpPaths paths) {
    return new Stores(
        new JsonAliasStore(paths.podsFile()),
        new JsonTemplateStore(paths.podsFile()),
        new JsonTaskStore(paths.scheduleFile()),
        new FileApiKeyStore(paths.apiKeyFile()));
  }

  /** Returns new, empty, thread-safe stores in memory, for tests and JShell. */
  public static Stores inMemory() {
    return new Stores(
        new InMemoryAliasStore(),
        new InMemoryTemplateStore(),
        new InMemoryTaskStore(),
        new InMemoryApiKeyStore());
  }

  /** Returns a builder that mixes stores, with JSON files as the default for any not set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the store of aliases and per-pod configuration. */
  public AliasStore aliases() {
    return aliases;
  }

  /** Returns the store of the user's pod templates. */
  public TemplateStore templates() {
    return templates;
  }

  /** Returns the store of scheduled tasks. */
  public TaskStore tasks() {
    return tasks;
  }

  /** Returns the store of the API key. */
  public ApiKeyStore apiKey() {
    return apiKey;
  }

  @Override
  public String toString() {
    return "Stores[aliases="
        + aliases
        + ", templates="
        + templates
        + ", tasks="
        + tasks
        + ", apiKey="
        + apiKey
        + "]";
  }

  /** Builder of {@link Stores} that takes each store not set from its defaults. */
  public static final class Builder {

    private AliasStore aliases;
    private TemplateStore templates;
    private TaskStore tasks;
    private ApiKeyStore apiKey;
    private Stores defaults;

    private Builder() {}

    /** Sets the store of aliases. */
    public Builder aliases(AliasStore aliases) {
      this.aliases = Objects.requireNonNull(aliases, "aliases");
      return this;
    }

    /** Sets the store of templates. */
    public Builder templates(TemplateStore templates) {
      this.templates = Objects.requireNonNull(templates, "templates");
      return this;
    }

    /** Sets the store of scheduled tasks. */
    public Builder tasks(TaskStore tasks) {
      this.tasks = Objects.requireNonNull(tasks, "tasks");
      return this;
    }

    /** Sets the store of the API key. */
    public Builder apiKey(ApiKeyStore apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /**
     * Sets the stores used for any store not set, {@code
     * Stores.jsonFiles(RpPaths.fromEnvironment())} when this is not called.
     */
    public Builder defaults(Stores defaults) {
      this.defaults = Objects.requireNonNull(defaults, "defaults");
      return this;
    }

    /** Returns the stores. */
    public Stores build() {
      Stores base = defaults != null ? defaults : jsonFiles(RpPaths.fromEnvironment());
      return new Stores(
          aliases != null ? aliases : base.aliases,
          templates != null ? templates : base.templates,
          tasks != null ? tasks : base.tasks,
          apiKey != null ? apiKey : base.apiKey);
    }
  }
}

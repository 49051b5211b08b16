package dev.rp;

import dev.rp.gpu.Gpus;
import dev.rp.internal.core.ApiAccount;
import dev.rp.internal.core.ApiGpus;
import dev.rp.internal.core.DefaultPods;
import dev.rp.internal.core.DefaultSchedule;
import dev.rp.internal.core.RpContext;
import dev.rp.pods.Pods;
import dev.rp.schedule.Schedule;
import dev.rp.store.Stores;
import dev.rp.templates.Templates;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Client of rp: pods by alias, templates, scheduled stops, the GPU catalog and the account.
 *
 * <p>Build one with {@link RunPod#builder()}; {@link RunPod#defaultClient()} is one configured from
 * the environment. A client is thread-safe; {@link #close()} releases its HTTP resources.
 */
public final class RunPodClient implements AutoCloseable {
  /** Base URL of RunPod's production API, used unless {@code RUNPOD_API_URL} sets another. */
  public static final String DEFAULT_BASE_URL = "https://api.runpod.io";

  private final RpContext context;
  private final Templates templates;
  private final Pods pods;
  private final Schedule schedule;
  private final Gpus gpus;
  private final Account account;

  private RunPodClient(RpContext context) {
    this.context = context;
    this.templates = Templates.of(context.stores().templates());
    this.pods = new DefaultPods(context, templates);
    this.schedule = new DefaultSchedule(context);
    this.gpus = new ApiGpus(context);
    this.account = new ApiAccount(context);
  }

  /** Returns a builder of a client. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the pods known by alias. */
  public Pods pods() {
    return pods;
  }

  /** Returns the pod templates. */
  public Templates templates() {
    return templates;
  }

  /** Returns the scheduled stops. */
  public Schedule schedule() {
    return schedule;
  }

  /** Returns RunPod's GPU catalog. */
  public Gpus gpus() {
    return gpus;
  }

  /** Returns the account's SSH keys. */
  public Account account() {
    return account;
  }

  /** Returns the files this client reads and writes. */
  public RpPaths paths() {
    return context.paths();
  }

  /** Returns the stores this client keeps its state in. */
  public Stores stores() {
    return context.stores();
  }

  /** Releases the HTTP client's connections and threads. */
  @Override
  public void close() {
    context.close();
  }

  /** Builder of {@link RunPodClient}. Every setting has a default from the environment. */
  public static final class Builder {
    private String apiKey;
    private String baseUrl;
    private Map<String, String> environment;
    private RpPaths paths;
    private Stores stores;
    private OkHttpClient httpClient;
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneId.systemDefault();
    private Duration waitTimeout = Duration.ofMinutes(10);

    private Builder() {}

    /** Sets the API key, which otherwise comes from {@code RUNPOD_API_KEY} or the key file. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** Sets the API's base URL, otherwise {@code RUNPOD_API_URL} or {@link #DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** Sets the environment to read variables from, {@link System#getenv()} by default. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /** Sets the files rp uses, otherwise resolved from the environment. */
    public Builder paths(RpPaths paths) {
      this.paths = Objects.requireNonNull(paths, "paths");
      return this;
    }

    /** Sets where aliases, templates, tasks and the key are kept, JSON files by default. */
    public Builder stores(Stores stores) {
      this.stores = Objects.requireNonNull(stores, "stores");
      return this;
    }

    /** Sets the HTTP client to derive rp's from, for proxies or shared connection pools. */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** Sets the clock, the system's UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the time zone of scheduled times, the system's by default. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the default deadline of waits for a pod to accept SSH connections, 10 minutes by
     * default.
     */
    public Builder waitTimeout(Duration waitTimeout) {
      this.waitTimeout = Objects.requireNonNull(waitTimeout, "waitTimeout");
      return this;
    }

    /** Returns a client of these settings. Nothing is read or sent until it is used. */
    public RunPodClient build() {
      Map<String, String> env = environment != null ? environment : System.getenv();
      RpPaths resolvedPaths = paths != null ? paths : RpPaths.fromEnvironment(env);
      Stores resolvedStores = stores != null ? stores : Stores.jsonFiles(resolvedPaths);
      String url = baseUrl;
      if (url == null) {
        String fromEnv = env.get("RUNPOD_API_URL");
        url = fromEnv == null || fromEnv.isBlank() ? DEFAULT_BASE_URL : fromEnv.strip();
      }
      return new RunPodClient(
          new RpContext(
              resolvedPaths,
              resolvedStores,
              env,
              apiKey,
              url,
              httpClient,
              clock,
              zone,
              waitTimeout));
    }
  }
}

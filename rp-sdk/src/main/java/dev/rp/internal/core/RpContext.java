package dev.rp.internal.core;

import dev.rp.RpPaths;
import dev.rp.internal.api.ApiSettings;
import dev.rp.internal.api.ReadinessWaiter;
import dev.rp.internal.api.RunPodApi;
import dev.rp.schedule.Scheduler;
import dev.rp.ssh.SshCommand;
import dev.rp.ssh.SshConfigManager;
import dev.rp.store.ApiKeys;
import dev.rp.store.ResolvedApiKey;
import dev.rp.store.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Everything the SDK's operations share: settings, stores, and the API client, which is created on
 * first use so that commands without API calls need no key.
 */
public final class RpContext implements AutoCloseable {

  private final RpPaths paths;
  private final Stores stores;
  private final Map<String, String> environment;
  private final String explicitKey;
  private final String baseUrl;
  private final OkHttpClient httpClient;
  private final Clock clock;
  private final ZoneId zone;
  private final Duration waitTimeout;
  private final SshConfigManager sshConfig;
  private final SshCommand sshCommand;
  private final Scheduler scheduler;
  private RunPodApi api;

  /** Creates a context; {@code explicitKey} and {@code httpClient} may be null. */
  public RpContext(
      RpPaths paths,
      Stores stores,
      Map<String, String> environment,
      String explicitKey,
      String baseUrl,
      OkHttpClient httpClient,
      Clock clock,
      ZoneId zone,
      Duration waitTimeout) {
    this.paths = paths;
    this.stores = stores;
    this.environment = Map.copyOf(environment);
    this.explicitKey = explicitKey;
    this.baseUrl = baseUrl;
    this.httpClient = httpClient;
    this.clock = clock;
    this.zone = zone;
    this.waitTimeout = waitTimeout;
    this.sshConfig = SshConfigManager.create(paths);
    this.sshCommand = SshCommand.create(paths, sshConfig);
    this.scheduler =
        new Scheduler(stores.tasks(), clock, new ApiPodStopper(this))
            .withLastTickFile(Scheduler.lastTickFile(paths.configDir()));
  }

  /** Returns the API client, resolving the API key on first use. */
  public synchronized RunPodApi api() {
    if (api == null) {
      ResolvedApiKey key = ApiKeys.resolve(explicitKey, environment, stores.apiKey());
      ApiSettings.Builder settings =
          ApiSettings.builder().apiKey(key.key()).baseUrl(baseUrl).clock(clock);
      if (httpClient != null) {
        settings.httpClient(httpClient);
      }
      api = RunPodApi.create(settings.build());
    }
    return api;
  }

  /** Returns a waiter for pods to accept SSH connections. */
  ReadinessWaiter readiness() {
    return new ReadinessWaiter(api());
  }

  /** Returns the files rp uses. */
  public RpPaths paths() {
    return paths;
  }

  /** Returns the stores. */
  public Stores stores() {
    return stores;
  }

  /** Returns the process environment the context was built with. */
  public Map<String, String> environment() {
    return environment;
  }

  /** Returns the clock. */
  public Clock clock() {
    return clock;
  }

  /** Returns the time zone of scheduled times. */
  public ZoneId zone() {
    return zone;
  }

  /** Returns the default deadline of waits. */
  public Duration waitTimeout() {
    return waitTimeout;
  }

  /** Returns the SSH config manager. */
  public SshConfigManager sshConfig() {
    return sshConfig;
  }

  /** Returns the builder of ssh command lines. */
  public SshCommand sshCommand() {
    return sshCommand;
  }

  /** Returns the scheduler of stops. */
  public Scheduler scheduler() {
    return scheduler;
  }

  /** Returns the API client if one was created, without creating one. */
  synchronized Optional<RunPodApi> existingApi() {
    return Optional.ofNullable(api);
  }

  @Override
  public synchronized void close() {
    if (api != null) {
      api.close();
      api = null;
    }
  }
}

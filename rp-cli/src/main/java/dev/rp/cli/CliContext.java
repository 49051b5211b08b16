package dev.rp.cli;

import dev.rp.MissingApiKeyException;
import dev.rp.RpPaths;
import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.cli.output.Prompts;
import dev.rp.cli.output.Terminal;
import dev.rp.store.ApiKeyStore;
import dev.rp.store.ApiKeys;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/**
 * What every command shares for one run of {@code rp}: the streams, the terminal, the environment
 * and the paths of rp's files. Commands reach it through {@code BaseCommand.context()}.
 */
public final class CliContext {

  // The SDK lists the key passed to RunPod.builder().apiKey() as a source, which rp never passes.
  private static final String BUILDER_METHOD = "RunPod.builder().apiKey()";

  private final Map<String, String> env;
  private final Terminal terminal;
  private final PrintStream out;
  private final PrintStream err;
  private Prompts prompts;
  private RpPaths paths;
  private boolean verbose;
  private RunPodClient client;
  private OkHttpClient httpClient;
  private boolean keyChecked;

  /** Creates a context writing data to {@code out} and diagnostics to {@code err}. */
  public CliContext(Map<String, String> env, Terminal terminal, PrintStream out, PrintStream err) {
    this.env = Map.copyOf(env);
    this.terminal = terminal;
    this.out = out;
    this.err = err;
  }

  /** Returns the context of this process: its environment, {@code System.out} and {@code err}. */
  public static CliContext fromProcess(Terminal terminal) {
    return new CliContext(System.getenv(), terminal, System.out, System.err);
  }

  /** Returns the environment variables rp runs with. */
  public Map<String, String> env() {
    return env;
  }

  /** Returns the terminal facts. */
  public Terminal terminal() {
    return terminal;
  }

  /** Returns the stream for data, such as tables and JSON. */
  public PrintStream out() {
    return out;
  }

  /** Returns the stream for diagnostics, progress and prompts. */
  public PrintStream err() {
    return err;
  }

  /** Returns the prompts on stdin and stderr, created at first use. */
  public synchronized Prompts prompts() {
    if (prompts == null) {
      prompts = Prompts.create(terminal);
    }
    return prompts;
  }

  /** Replaces the prompts, for tests that answer them. */
  public synchronized void setPrompts(Prompts prompts) {
    this.prompts = prompts;
  }

  /** Returns the paths of rp's files for {@link #env()}, resolved at first use. */
  public synchronized RpPaths paths() {
    if (paths == null) {
      paths = RpPaths.fromEnvironment(env);
    }
    return paths;
  }

  /**
   * Returns the SDK client for commands that only read or change local state; an API call through
   * it fails with {@link dev.rp.MissingApiKeyException} when no key is set. Use {@link
   * #apiClient()} for commands that call the API.
   */
  public synchronized RunPodClient client() {
    if (client == null) {
      RunPodClient.Builder builder = RunPod.builder().environment(env).paths(paths());
      if (httpClient != null) {
        builder.httpClient(httpClient);
      }
      client = builder.build();
    }
    return client;
  }

  /**
   * Makes {@link #client()} send its requests through {@code httpClient}, whose connections and
   * threads outlive this context, as in rp's background process.
   */
  synchronized void shareHttpClient(OkHttpClient httpClient) {
    this.httpClient = httpClient;
  }

  /** Closes the SDK client, if one was created. */
  synchronized void closeClient() {
    if (client != null) {
      client.close();
    }
  }

  /**
   * Returns the SDK client after making sure an API key is available: from {@code RUNPOD_API_KEY}
   * or the key file, else, on a terminal, typed in and saved to the key file with mode 0600.
   *
   * @throws dev.rp.MissingApiKeyException when there is no key and no terminal to ask on
   */
  public synchronized RunPodClient apiClient() {
    RunPodClient sdk = client();
    if (keyChecked) {
      return sdk;
    }
    ApiKeyStore keyStore = sdk.stores().apiKey();
    // The SDK resolves and logs the key again at its first API call, so look it up here without
    // ApiKeys.resolve, which would log the source a second time, and call it only for the error.
    Optional<String> found = usableKey(env.get(ApiKeys.ENVIRONMENT_VARIABLE));
    if (found.isEmpty()) {
      found = keyStore.read().flatMap(CliContext::usableKey);
    }
    try {
      Secrets.register(found.orElseGet(() -> ApiKeys.resolve(null, env, keyStore).key()));
    } catch (MissingApiKeyException missing) {
      if (!prompts().interactive()) {
        throw new MissingKeyOnCommandLineException(missing.sourcesTried());
      }
      String key =
          prompts()
              .readSecret(
                  "RunPod API key (create one in the RunPod console under Settings, API Keys): ",
                  "RUNPOD_API_KEY")
              .strip();
      if (key.isEmpty()) {
        throw new MissingKeyOnCommandLineException(missing.sourcesTried());
      }
      Secrets.register(key);
      keyStore.write(key);
      err.println("Saved the key to " + keyStore.description() + ", readable by you only.");
    }
    keyChecked = true;
    return sdk;
  }

  /** Returns {@code raw} without a byte-order mark and surrounding whitespace, unless blank. */
  private static Optional<String> usableKey(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String key = raw.startsWith("\uFEFF") ? raw.substring(1).strip() : raw.strip();
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }

  /** Returns whether {@code --verbose} was given. */
  public boolean verbose() {
    return verbose;
  }

  void setVerbose(boolean verbose) {
    this.verbose = verbose;
  }

  /**
   * Missing key as the command line reports it: only the sources a user controls, the environment
   * variable and the key file, and how to set one.
   */
  static final class MissingKeyOnCommandLineException extends MissingApiKeyException {
    private static final long serialVersionUID = 1L;

    MissingKeyOnCommandLineException(List<String> sourcesTried) {
      super(
          sourcesTried.stream()
              .filter(source -> !source.contains(BUILDER_METHOD))
              .collect(Collectors.toList()));
    }

    @Override
    public String getMessage() {
      return "No RunPod API key found: "
          + String.join("; ", sourcesTried())
          + ". Set it with export "
          + ApiKeys.ENVIRONMENT_VARIABLE
          + "=..., or run rp on a terminal once to type it in and save it to the key file.";
    }
  }
}

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
import java.util.Map;

/**
 * What every command shares for one run of {@code rp}: the streams, the terminal, the environment
 * and the paths of rp's files. Commands reach it through {@code BaseCommand.context()}.
 */
public final class CliContext {

  private final Map<String, String> env;
  private final Terminal terminal;
  private final PrintStream out;
  private final PrintStream err;
  private Prompts prompts;
  private RpPaths paths;
  private boolean verbose;
  private RunPodClient client;
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
      client = RunPod.builder().environment(env).paths(paths()).build();
    }
    return client;
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
    try {
      Secrets.register(ApiKeys.resolve(null, env, keyStore).key());
    } catch (MissingApiKeyException missing) {
      if (!prompts().interactive()) {
        throw missing;
      }
      String key =
          prompts()
              .readSecret(
                  "RunPod API key (create one in the RunPod console under Settings, API Keys): ",
                  "RUNPOD_API_KEY")
              .strip();
      if (key.isEmpty()) {
        throw missing;
      }
      Secrets.register(key);
      keyStore.write(key);
      err.println("Saved the key to " + keyStore.description() + ", readable by you only.");
    }
    keyChecked = true;
    return sdk;
  }

  /** Returns whether {@code --verbose} was given. */
  public boolean verbose() {
    return verbose;
  }

  void setVerbose(boolean verbose) {
    this.verbose = verbose;
  }
}

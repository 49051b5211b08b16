package dev.rp.pods;

import dev.rp.internal.ValueStyle;
import org.immutables.value.Value;

/** Address at which a pod accepts SSH connections. */
@Value.Immutable
@ValueStyle
public interface SshEndpoint {

  /** Returns the host name or IP address. */
  String host();

  /** Returns the TCP port. */
  int port();

  /** Returns the account to log in as, such as {@code root}. */
  String username();

  /** Returns an endpoint of the given parts. */
  static SshEndpoint of(String host, int port, String username) {
    return builder().host(host).port(port).username(username).build();
  }

  /** Returns a builder of an endpoint. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link SshEndpoint}. */
  final class Builder extends ImmutableSshEndpoint.Builder {}
}

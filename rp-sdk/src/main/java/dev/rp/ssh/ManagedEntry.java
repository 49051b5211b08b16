package dev.rp.ssh;

import dev.rp.internal.ValueStyle;
import dev.rp.pods.SshEndpoint;
import java.time.Instant;
import org.immutables.value.Value;

/** SSH host entry that rp manages for one pod: {@code ssh <alias>} connects to that pod. */
@Value.Immutable
@ValueStyle
public interface ManagedEntry {

  /** Returns the alias, which is the entry's {@code Host} name. */
  String alias();

  /** Returns the RunPod identifier of the pod. */
  String podId();

  /** Returns when rp last wrote the entry, in whole seconds. */
  Instant updated();

  /** Returns the {@code HostName}: the pod's public IP address or host name. */
  String host();

  /** Returns the {@code Port}: the pod's public SSH port. */
  int port();

  /** Returns the {@code User} to log in as, such as {@code root}. */
  String user();

  /** Returns the endpoint of host, port and user. */
  default SshEndpoint endpoint() {
    return SshEndpoint.of(host(), port(), user());
  }

  /** Returns a builder of an entry. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ManagedEntry}. */
  final class Builder extends ImmutableManagedEntry.Builder {}
}

package dev.rp.pods;

import dev.rp.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Port mapping of a running pod: a container port and where it is published. */
@Value.Immutable
@ValueStyle
public interface RuntimePort {

  /** Returns the port inside the container. */
  int privatePort();

  /** Returns the public port, when the port is published. */
  Optional<Integer> publicPort();

  /** Returns the protocol, {@code tcp} or {@code http}. */
  String type();

  /** Returns the public IP address, when the port is published. */
  Optional<String> ip();

  /** Returns a builder of a runtime port. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link RuntimePort}. */
  final class Builder extends ImmutableRuntimePort.Builder {}
}

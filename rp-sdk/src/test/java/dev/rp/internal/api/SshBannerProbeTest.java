package dev.rp.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.pods.SshEndpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SshBannerProbeTest {

  private final SshBannerProbe probe = new SshBannerProbe();

  private static SshEndpoint local(int port) {
    return SshEndpoint.of("127.0.0.1", port, "root");
  }

  @Test
  void responds_sshBanner_isTrue() throws IOException {
    try (var sshd = FakeSshServer.ssh()) {
      assertThat(probe.responds(local(sshd.port()), Duration.ofSeconds(2))).isTrue();
    }
  }

  @Test
  void responds_otherProtocol_isFalse() throws IOException {
    try (var http = FakeSshServer.greeting("HTTP/1.1 400 Bad Request\r\n\r\n")) {
      assertThat(probe.responds(local(http.port()), Duration.ofSeconds(2))).isFalse();
    }
  }

  @Test
  void responds_closedWithoutWord_isFalse() throws IOException {
    try (var silent = FakeSshServer.sshAfter(1)) {
      assertThat(probe.responds(local(silent.port()), Duration.ofSeconds(2))).isFalse();
    }
  }

  @Test
  void responds_refusedPort_isFalse() throws IOException {
    int port;
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    assertThat(probe.responds(local(port), Duration.ofSeconds(2))).isFalse();
  }

  @Test
  void responds_silentServer_isFalseAfterTimeout() throws IOException {
    // Accepts (through the backlog) but never writes.
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      long started = System.nanoTime();

      assertThat(probe.responds(local(socket.getLocalPort()), Duration.ofMillis(200))).isFalse();

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }
  }
}

package dev.rp.internal.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TCP server on 127.0.0.1 that greets each connection with a fixed first line, like sshd's version
 * banner, after closing the first few connections without a word.
 */
final class FakeSshServer implements AutoCloseable {

  private final ServerSocket socket;
  private final String greeting;
  private final AtomicInteger silentLeft;
  private final AtomicInteger connections = new AtomicInteger();
  private final Thread acceptor;

  private FakeSshServer(String greeting, int silentConnections) {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.greeting = greeting;
    this.silentLeft = new AtomicInteger(silentConnections);
    acceptor = new Thread(this::acceptAll, "fake-sshd-" + socket.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts a server that sends {@code SSH-2.0-test} to every connection. */
  static FakeSshServer ssh() {
    return new FakeSshServer("SSH-2.0-test\r\n", 0);
  }

  /** Starts a server that closes the first {@code silent} connections, then sends a banner. */
  static FakeSshServer sshAfter(int silent) {
    return new FakeSshServer("SSH-2.0-test\r\n", silent);
  }

  /** Starts a server that sends {@code greeting} instead of an SSH banner. */
  static FakeSshServer greeting(String greeting) {
    return new FakeSshServer(greeting, 0);
  }

  int port() {
    return socket.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  private void acceptAll() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        connections.incrementAndGet();
        if (silentLeft.getAndDecrement() > 0) {
          continue;
        }
        OutputStream out = client.getOutputStream();
        out.write(greeting.getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // The socket was closed by close(), or a client went away; keep serving until closed.
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

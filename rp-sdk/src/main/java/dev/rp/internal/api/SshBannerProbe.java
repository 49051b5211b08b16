package dev.rp.internal.api;

import dev.rp.pods.SshEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** Checks whether an SSH server responds at an endpoint by reading its version banner. */
class SshBannerProbe {

  /** Maximum wait for the TCP connection, and then for the banner. */
  private static final Duration MAX_WAIT = Duration.ofSeconds(3);

  /** Lines read at most; RFC 4253 lets a server send other lines before its version. */
  private static final int MAX_LINES = 10;

  /** Maximum line length read, in bytes; RFC 4253 caps the version line at 255. */
  private static final int MAX_LINE_BYTES = 1024;

  /**
   * Returns whether a server at {@code endpoint} sends a line starting with {@code SSH-} within
   * {@code timeout} (at most 3 seconds each for connecting and for the banner).
   */
  boolean responds(SshEndpoint endpoint, Duration timeout) {
    int wait = (int) Math.max(1, Math.min(timeout.toMillis(), MAX_WAIT.toMillis()));
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), wait);
      socket.setSoTimeout(wait);
      InputStream in = socket.getInputStream();
      for (int i = 0; i < MAX_LINES; i++) {
        String line = readLine(in);
        if (line == null) {
          return false;
        }
        if (line.startsWith("SSH-")) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Returns the next line without its line break, or null at the end of the stream. */
  private static String readLine(InputStream in) throws IOException {
    var line = new StringBuilder();
    for (int i = 0; i < MAX_LINE_BYTES; i++) {
      int next = in.read();
      if (next == -1) {
        return line.length() == 0 ? null : line.toString();
      }
      if (next == '\n') {
        return line.toString().replace("\r", "");
      }
      line.append((char) next);
    }
    return line.toString();
  }
}

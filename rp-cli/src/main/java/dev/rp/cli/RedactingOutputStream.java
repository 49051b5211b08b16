package dev.rp.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Output stream that masks the {@link Secrets} in everything written through it.
 *
 * <p>Bytes are held until a line break, a carriage return or a flush, then written with each secret
 * replaced by {@link Secrets#MASK}. A secret split by a flush in its middle, or by more than {@link
 * #MAX_BUFFER} bytes without a line break, would get through; print statements flush at the end of
 * a call, not inside a string.
 */
final class RedactingOutputStream extends OutputStream {

  /** Bytes held at most before they are written even without a line break. */
  static final int MAX_BUFFER = 64 * 1024;

  private static final byte[] MASK_BYTES = Secrets.MASK.getBytes(Charset.forName("US-ASCII"));

  private final OutputStream target;
  private final Charset charset;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  RedactingOutputStream(OutputStream target, Charset charset) {
    this.target = target;
    this.charset = charset;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    pending.write(b);
    if (b == '\n' || b == '\r' || pending.size() >= MAX_BUFFER) {
      drain();
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    drain();
    target.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    flush();
    target.close();
  }

  private void drain() throws IOException {
    if (pending.size() == 0) {
      return;
    }
    byte[] bytes = pending.toByteArray();
    pending.reset();
    List<byte[]> secrets = Secrets.encoded(charset);
    if (secrets.isEmpty()) {
      target.write(bytes);
      return;
    }
    target.write(mask(bytes, secrets));
  }

  private static byte[] mask(byte[] bytes, List<byte[]> secrets) {
    ByteArrayOutputStream masked = new ByteArrayOutputStream(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      byte[] match = matchAt(bytes, i, secrets);
      if (match == null) {
        masked.write(bytes[i]);
        i++;
      } else {
        masked.write(MASK_BYTES, 0, MASK_BYTES.length);
        i += match.length;
      }
    }
    return masked.toByteArray();
  }

  private static byte[] matchAt(byte[] bytes, int start, List<byte[]> secrets) {
    for (byte[] secret : secrets) {
      if (start + secret.length <= bytes.length && regionEquals(bytes, start, secret)) {
        return secret;
      }
    }
    return null;
  }

  private static boolean regionEquals(byte[] bytes, int start, byte[] secret) {
    for (int j = 0; j < secret.length; j++) {
      if (bytes[start + j] != secret[j]) {
        return false;
      }
    }
    return true;
  }
}

package dev.rp.internal.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs requests and responses with their headers and bodies at TRACE.
 *
 * <p>The {@code Authorization} header prints masked, and the API key is cut out of every logged
 * body. Log streams print their headers only, since reading ahead would block the stream.
 */
final class TraceLogging implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(TraceLogging.class);

  /** Maximum body length logged, in bytes. Longer bodies are cut. */
  private static final long MAX_BODY_BYTES = 64 * 1024;

  private final KeyMask mask;

  TraceLogging(KeyMask mask) {
    this.mask = mask;
  }

  // NOTE: bodies carry the pod's environment variables, so a token the user put there shows at
  // TRACE; only the API key is cut out.
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isTraceEnabled()) {
      return chain.proceed(request);
    }
    LOG.trace(
        "--> {} {}\n{}{}",
        request.method(),
        request.url().encodedPath(),
        headers(request.headers()),
        mask.mask(body(request.body())));
    Response response = chain.proceed(request);
    LOG.trace(
        "<-- {} {} {}\n{}{}",
        response.code(),
        request.method(),
        request.url().encodedPath(),
        headers(response.headers()),
        mask.mask(body(response)));
    return response;
  }

  private static String headers(Headers headers) {
    var text = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value =
          name.equalsIgnoreCase("Authorization") ? "Bearer " + KeyMask.MASK : headers.value(i);
      text.append(name).append(": ").append(value).append('\n');
    }
    return text.toString();
  }

  private static String body(RequestBody body) throws IOException {
    if (body == null) {
      return "";
    }
    var buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readString(Math.min(buffer.size(), MAX_BODY_BYTES), StandardCharsets.UTF_8);
  }

  private static String body(Response response) throws IOException {
    MediaType type = response.body().contentType();
    if (type != null && type.subtype().equals("event-stream")) {
      return "(event stream)";
    }
    return response.peekBody(MAX_BODY_BYTES).string();
  }
}

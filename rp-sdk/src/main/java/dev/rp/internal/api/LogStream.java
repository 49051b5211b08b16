package dev.rp.internal.api;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.rp.RunPodException;
import dev.rp.pods.PodLogs;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open stream of a pod's log lines, read from the Server-Sent Events of {@code GET
 * /v2/pods/{id}/logs}. Internal.
 *
 * <p>Lines reach the consumer on an OkHttp thread, one call per event, in the order RunPod sent
 * them. {@link #close()} stops the stream; {@link #await(Duration)} blocks until it ends.
 */
public final class LogStream implements PodLogs {
  private static final Logger LOG = LoggerFactory.getLogger(LogStream.class);

  private final Operation op;
  private final Consumer<String> lines;
  private final JsonAdapter<LogEventJson> eventAdapter;
  private final ApiErrors errors;
  private final Consumer<LogStream> onEnd;
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile boolean closed;
  private volatile RunPodException failure;
  private volatile EventSource source;

  private LogStream(
      Operation op,
      Consumer<String> lines,
      Moshi moshi,
      ApiErrors errors,
      Consumer<LogStream> onEnd) {
    this.op = op;
    this.lines = lines;
    this.eventAdapter = moshi.adapter(LogEventJson.class);
    this.errors = errors;
    this.onEnd = onEnd;
  }

  static LogStream open(
      OkHttpClient client,
      Request request,
      Operation op,
      Consumer<String> lines,
      Moshi moshi,
      ApiErrors errors,
      Consumer<LogStream> onEnd) {
    var stream = new LogStream(op, lines, moshi, errors, onEnd);
    stream.source = EventSources.createFactory(client).newEventSource(request, stream.new Events());
    return stream;
  }

  @Override
  public boolean isOpen() {
    return ended.getCount() > 0;
  }

  /**
   * Blocks until the stream ends or {@code timeout} passes.
   *
   * @return true when the stream ended, false when the timeout passed first
   * @throws RunPodException if the stream failed, such as {@link dev.rp.NotFoundException} for an
   *     unknown pod or {@link dev.rp.NoResponseException} when the connection broke
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  @Override
  public boolean await(Duration timeout) throws InterruptedException {
    boolean done = ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (failure != null) {
      throw failure;
    }
    return done;
  }

  /** Stops the stream; no line reaches the consumer after this returns. */
  @Override
  public void close() {
    closed = true;
    EventSource current = source;
    if (current != null) {
      current.cancel();
    }
    end();
  }

  private void end() {
    if (ended.getCount() > 0) {
      ended.countDown();
      onEnd.accept(this);
    }
  }

  /** Returns the {@code line} of RunPod's JSON payload, or the data as it is when it has none. */
  private String lineOf(String data) {
    try {
      LogEventJson event = eventAdapter.fromJson(data);
      return event == null || event.line() == null ? data : event.line();
    } catch (IOException | RuntimeException notJson) {
      return data;
    }
  }

  private final class Events extends EventSourceListener {

    @Override
    public void onOpen(EventSource eventSource, Response response) {
      LOG.debug(
          "GET {} {}: log stream open", response.request().url().encodedPath(), response.code());
    }

    @Override
    public void onEvent(EventSource eventSource, String id, String type, String data) {
      if (closed) {
        return;
      }
      try {
        lines.accept(lineOf(data));
      } catch (RuntimeException e) {
        failure =
            new RunPodException(
                "Could not " + op.description() + ": the consumer of log lines failed: " + e, e);
        closed = true;
        eventSource.cancel();
        end();
      }
    }

    @Override
    public void onClosed(EventSource eventSource) {
      LOG.debug("Log stream to {} ended", op.description());
      end();
    }

    @Override
    public void onFailure(EventSource eventSource, Throwable t, Response response) {
      if (!closed) {
        failure = failure(t, response);
        LOG.debug("Log stream to {} failed: {}", op.description(), failure.getMessage());
      }
      end();
    }

    private RunPodException failure(Throwable t, Response response) {
      if (response != null && !response.isSuccessful()) {
        return errors.fromResponse(op, response.code(), response.headers(), body(response));
      }
      if (t instanceof IOException io) {
        return errors.noResponse(op, io);
      }
      if (response != null) {
        Exception cause = t instanceof Exception e ? e : new IllegalStateException(t);
        return errors.unreadable(op, response.code(), cause);
      }
      return new RunPodException("Could not " + op.description() + ": " + t, t);
    }

    private static String body(Response response) {
      ResponseBody body = response.body();
      try {
        return body == null ? "" : body.string();
      } catch (IOException e) {
        return "";
      }
    }
  }
}

package dev.rp.internal.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Shared pieces of the API client tests: canned responses, settings and recorded sleeps. */
final class ApiTestSupport {

  /** A made-up key; tests assert that it never leaks into messages or logs. */
  static final String API_KEY = "rpa_TESTKEY0123456789ABCDEFGHIJKLMNOPQRSTUV";

  private ApiTestSupport() {}

  /** Returns a started server bound to 127.0.0.1. */
  static MockWebServer startServer() {
    var server = new MockWebServer();
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /** Returns settings aimed at {@code server} whose sleeps only go into {@code sleeper}. */
  static ApiSettings.Builder settings(MockWebServer server, RecordingSleeper sleeper) {
    return ApiSettings.builder()
        .apiKey(API_KEY)
        .baseUrl(baseUrl(server))
        .sleeper(sleeper)
        .readTimeout(Duration.ofSeconds(5));
  }

  /** Returns the server's URL by IP address; {@code server.url()} would name {@code localhost}. */
  static String baseUrl(MockWebServer server) {
    return "http://127.0.0.1:" + server.getPort() + "/";
  }

  static RunPodApi api(MockWebServer server, RecordingSleeper sleeper) {
    return RunPodApi.create(settings(server, sleeper).build());
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse problem(int code, String title, String detail) {
    String body =
        "{\"title\":\"" + title + "\",\"status\":" + code + ",\"detail\":\"" + detail + "\"}";
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/problem+json")
        .body(body)
        .build();
  }

  static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  /** Returns the text of a test resource, such as {@code api-examples/getPod-200-pod.json}. */
  static String resource(String name) {
    try (InputStream in = ApiTestSupport.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("Missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the contract's example pod with {@code status}, {@code name} and {@code createdAt}
   * replaced.
   */
  static String pod(String id, String name, String status, String createdAt) {
    return resource("api-examples/getPod-200-pod.json")
        .replace("\"7h9k2m4n6p\"", "\"" + id + "\"")
        .replace("\"pytorch-training\"", "\"" + name + "\"")
        .replace("\"RUNNING\"", "\"" + status + "\"")
        .replace("\"2026-06-01T12:00:00Z\"", "\"" + createdAt + "\"");
  }

  static String pod(String id, String status) {
    return pod(id, "pytorch-training", status, "2026-06-01T12:00:00Z");
  }

  /** Returns the next request the server received, failing after 5 seconds. */
  static RecordedRequest take(MockWebServer server) {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("The server received no request within 5 seconds");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }

  /** Sleeper that records each pause and returns at once. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      sleeps.add(duration);
    }
  }
}

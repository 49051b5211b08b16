package dev.rp.testing;

import static org.assertj.core.api.Assertions.fail;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain OkHttp client for the fake RunPod's own tests, with no SDK code in between. */
final class FakeRunPodTestClient {

  private static final MediaType JSON = MediaType.get("application/json");

  /** One response, read in full. */
  record Reply(int status, String body, Headers headers) {

    String header(String name) {
      return headers.get(name);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
      try {
        return (Map<String, Object>)
            new Moshi.Builder().build().adapter(Object.class).fromJson(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }
  }

  private final OkHttpClient http;
  private final String baseUrl;
  private final String authorization;

  FakeRunPodTestClient(FakeRunPod fake) {
    this(fake.baseUrl(), "Bearer " + fake.apiKey(), Duration.ofSeconds(5));
  }

  private FakeRunPodTestClient(String baseUrl, String authorization, Duration readTimeout) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
    // No silent retry of a POST whose connection broke: the tests look at each attempt.
    this.http =
        new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(readTimeout).build();
  }

  /** Returns a client that sends another Authorization value, or none when it is null. */
  FakeRunPodTestClient withAuthorization(String value) {
    return new FakeRunPodTestClient(baseUrl, value, Duration.ofSeconds(5));
  }

  /** Returns a client that gives up reading a response after the timeout. */
  FakeRunPodTestClient withReadTimeout(Duration timeout) {
    return new FakeRunPodTestClient(baseUrl, authorization, timeout);
  }

  Reply get(String path) throws IOException {
    return send("GET", path, null);
  }

  Reply post(String path, String json) throws IOException {
    return send("POST", path, json);
  }

  Reply patch(String path, String json) throws IOException {
    return send("PATCH", path, json);
  }

  Reply put(String path, String json) throws IOException {
    return send("PUT", path, json);
  }

  Reply delete(String path) throws IOException {
    return send("DELETE", path, null);
  }

  Reply action(String podId, String action) throws IOException {
    return post("/v2/pods/" + podId + "/action", "{\"action\":\"" + action + "\"}");
  }

  Reply send(String method, String path, String json) throws IOException {
    Request.Builder request = new Request.Builder().url(baseUrl + path);
    request.method(method, json == null ? null : RequestBody.create(json, JSON));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.body().string(), response.headers());
    }
  }

  /** Polls the pod until it has the status, failing after a few seconds. */
  Map<String, Object> awaitStatus(String podId, String status) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (true) {
      Map<String, Object> pod = get("/v2/pods/" + podId).json();
      if (status.equals(pod.get("status"))) {
        return pod;
      }
      if (System.nanoTime() > deadline) {
        return fail("Pod %s is still %s, expected %s", podId, pod.get("status"), status);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + status, e);
      }
    }
  }
}

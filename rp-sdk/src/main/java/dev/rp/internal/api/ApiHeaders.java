package dev.rp.internal.api;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the bearer token, rp's {@code User-Agent} and {@code Accept} to every request. */
final class ApiHeaders implements Interceptor {

  private final String authorization;
  private final String userAgent;

  ApiHeaders(String apiKey) {
    this.authorization = "Bearer " + apiKey;
    this.userAgent = userAgent();
  }

  /**
   * Returns {@code rp/<version> (Java <version>)}, with rp's version from the jar manifest's {@code
   * Implementation-Version}, or {@code dev} when rp does not run from its jar.
   */
  static String userAgent() {
    String version = ApiHeaders.class.getPackage().getImplementationVersion();
    return "rp/"
        + (version == null ? "dev" : version)
        + " (Java "
        + System.getProperty("java.version")
        + ")";
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder builder =
        request.newBuilder().header("Authorization", authorization).header("User-Agent", userAgent);
    // The log stream sets Accept: text/event-stream itself.
    if (request.header("Accept") == null) {
      builder.header("Accept", "application/json");
    }
    return chain.proceed(builder.build());
  }
}

package dev.rp.testing;

import java.util.List;
import java.util.Map;

/**
 * One request that the fake RunPod received, as its request log keeps it.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param path the decoded path, such as {@code /v2/catalog/gpus/NVIDIA H100 PCIe}
 * @param query the raw query string without {@code ?}, or an empty string
 * @param headers header values by lower-case name; an {@code authorization} value is replaced by
 *     {@code <redacted>} so no key ever lands in the log
 * @param body the request body as UTF-8, or an empty string
 * @param authorized whether the request carried the fake's API key as a bearer token
 * @param status the status the fake responded with, or 0 when it dropped the connection
 * @param requestId the {@code X-Request-Id} the fake responded with
 */
public record FakeRequest(
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    String body,
    boolean authorized,
    int status,
    String requestId) {

  /**
   * Returns the first value of a header, or null when the request had none.
   *
   * @param name the header name in any case
   * @return the value, {@code <redacted>} for {@code Authorization}
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}

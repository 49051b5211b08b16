package dev.rp.testing;

import java.util.List;

/**
 * An RFC 9457 problem that the fake RunPod responds with, thrown from deep inside a request's
 * handling and turned into an {@code application/problem+json} response by the dispatcher.
 */
final class FakeProblem extends RuntimeException {

  private final int status;
  private final List<String> errors;

  FakeProblem(int status, String detail) {
    this(status, detail, List.of());
  }

  FakeProblem(int status, String detail, List<String> errors) {
    super(detail);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  int status() {
    return status;
  }

  String detail() {
    return getMessage();
  }

  List<String> errors() {
    return errors;
  }

  /** Returns the standard reason phrase for a status, used as the problem's title. */
  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 402 -> "Payment Required";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> status >= 500 ? "Server Error" : "Client Error";
    };
  }
}

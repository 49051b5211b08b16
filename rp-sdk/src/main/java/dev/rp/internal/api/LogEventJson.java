package dev.rp.internal.api;

/**
 * Wire form of the {@code data} of one pod log event. Internal.
 *
 * @param source {@code container} or {@code system}
 * @param line the log line
 * @param ts when the line was written, in ISO-8601
 */
public record LogEventJson(String source, String line, String ts) {}

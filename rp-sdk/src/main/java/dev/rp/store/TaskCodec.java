package dev.rp.store;

import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.TaskStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Codec of {@code schedule.json}, a JSON array of tasks in the Python rp's format plus the fields
 * {@code pod_id}, {@code attempts} and {@code claimed_until}, which the Python rp ignores.
 *
 * <p>Times in {@code when_epoch} and {@code claimed_until} are Unix seconds, read as integers or
 * decimals and written as integers when whole. {@code created_at} is read as ISO-8601 with or
 * without an offset (without one it is UTC, as Python's {@code utcnow().isoformat()} writes it) and
 * written in UTC such as {@code 2025-01-01T12:00:00Z}. A missing {@code status} is {@code pending},
 * the Python rp's default. Unknown fields of a task stay, and an unchanged task is written back
 * byte for value.
 *
 * <p>NOTE: the Python rp declares {@code when_epoch} an integer and rejects a decimal with a
 * fraction, so tasks meant for both tools should be due at a whole second.
 */
final class TaskCodec implements JsonFileStore.Codec<List<ScheduledTask>> {

  private static final String ID = "id";
  private static final String ACTION = "action";
  private static final String ALIAS = "alias";
  private static final String WHEN_EPOCH = "when_epoch";
  private static final String STATUS = "status";
  private static final String CREATED_AT = "created_at";
  private static final String LAST_ERROR = "last_error";
  private static final String POD_ID = "pod_id";
  private static final String ATTEMPTS = "attempts";
  private static final String CLAIMED_UNTIL = "claimed_until";

  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  @Override
  public Object emptyRoot() {
    return new ArrayList<>();
  }

  @Override
  public List<ScheduledTask> decode(JsonDocument document) {
    List<Object> elements = document.array("", document.root());
    List<ScheduledTask> tasks = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      tasks.add(decodeTask(document, elements.get(i), JsonDocument.element("", i)));
    }
    return tasks;
  }

  private static ScheduledTask decodeTask(JsonDocument document, Object value, String path) {
    Map<String, Object> entry = document.object(path, value);
    return ScheduledTask.builder()
        .id(document.requiredString(entry, path, ID))
        .action(document.requiredString(entry, path, ACTION))
        .alias(document.requiredString(entry, path, ALIAS))
        .when(epoch(document, path, WHEN_EPOCH, document.requiredNumber(entry, path, WHEN_EPOCH)))
        .status(status(document, entry, path))
        .createdAt(createdAt(document, path, document.requiredString(entry, path, CREATED_AT)))
        .lastError(document.optionalString(entry, path, LAST_ERROR))
        .podId(document.optionalString(entry, path, POD_ID))
        .attempts(attempts(document, entry, path))
        .claimedUntil(
            document
                .optionalNumber(entry, path, CLAIMED_UNTIL)
                .map(seconds -> epoch(document, path, CLAIMED_UNTIL, seconds)))
        .build();
  }

  private static TaskStatus status(JsonDocument document, Map<String, Object> entry, String path) {
    Optional<String> status = document.optionalString(entry, path, STATUS);
    if (status.isEmpty()) {
      return TaskStatus.PENDING;
    }
    try {
      return TaskStatus.fromJsonName(status.get());
    } catch (IllegalArgumentException e) {
      String accepted =
          Arrays.stream(TaskStatus.values())
              .map(TaskStatus::jsonName)
              .collect(Collectors.joining(", "));
      throw document.invalid(
          JsonDocument.child(path, STATUS),
          "must be one of " + accepted + " but is " + JsonWriter.quote(status.get()));
    }
  }

  private static int attempts(JsonDocument document, Map<String, Object> entry, String path) {
    Optional<BigDecimal> attempts = document.optionalNumber(entry, path, ATTEMPTS);
    if (attempts.isEmpty()) {
      return 0;
    }
    try {
      int count = attempts.get().intValueExact();
      if (count >= 0) {
        return count;
      }
    } catch (ArithmeticException e) {
      // Falls through to the error below, as a negative count does.
    }
    throw document.invalid(
        JsonDocument.child(path, ATTEMPTS),
        "must be a whole number of 0 or more but is " + attempts.get().toPlainString());
  }

  private static Instant epoch(JsonDocument document, String path, String name, BigDecimal value) {
    try {
      BigDecimal seconds = value.setScale(0, RoundingMode.FLOOR);
      long nanos =
          value
              .subtract(seconds)
              .multiply(NANOS_PER_SECOND)
              .setScale(0, RoundingMode.HALF_UP)
              .longValueExact();
      return Instant.ofEpochSecond(seconds.longValueExact(), nanos);
    } catch (ArithmeticException | DateTimeException e) {
      throw document.invalid(
          JsonDocument.child(path, name),
          "must be a time in Unix seconds but is " + value.toPlainString());
    }
  }

  private static Instant createdAt(JsonDocument document, String path, String text) {
    String iso = text.trim().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw document.invalid(
            JsonDocument.child(path, CREATED_AT),
            "must be an ISO-8601 time such as 2025-01-01T12:00:00Z but is "
                + JsonWriter.quote(text));
      }
    }
  }

  @Override
  public List<ScheduledTask> mutableCopy(List<ScheduledTask> tasks) {
    return new ArrayList<>(tasks);
  }

  @Override
  public void check(List<ScheduledTask> tasks) {
    StoreChecks.checkTasks(tasks);
  }

  /**
   * Returns the tasks of {@code after} as JSON. Each task reuses the stored entry with its id,
   * unchanged when the task is equal to what was read from it, so that unknown fields stay.
   */
  @Override
  @SuppressWarnings("unchecked")
  public Object encode(
      JsonDocument current, List<ScheduledTask> before, List<ScheduledTask> after) {
    List<Object> stored = (List<Object>) JsonDocument.copy(current.root());
    Map<String, Deque<Integer>> storedById = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      storedById.computeIfAbsent(before.get(i).id(), id -> new ArrayDeque<>()).add(i);
    }
    List<Object> encoded = new ArrayList<>(after.size());
    for (ScheduledTask task : after) {
      Deque<Integer> candidates = storedById.getOrDefault(task.id(), new ArrayDeque<>());
      Integer same =
          candidates.stream().filter(i -> before.get(i).equals(task)).findFirst().orElse(null);
      if (same != null) {
        candidates.remove(same);
        encoded.add(stored.get(same));
      } else {
        Integer previous = candidates.poll();
        Object entry = previous == null ? null : stored.get(previous);
        encoded.add(encodeTask(entry, task));
      }
    }
    return encoded;
  }

  private static Map<String, Object> encodeTask(Object previous, ScheduledTask task) {
    Map<String, Object> entry = JsonDocument.objectFrom(previous);
    entry.put(ID, task.id());
    entry.put(ACTION, task.action());
    entry.put(ALIAS, task.alias());
    entry.put(WHEN_EPOCH, epochNumber(task.when()));
    entry.put(STATUS, task.status().jsonName());
    entry.put(CREATED_AT, DateTimeFormatter.ISO_INSTANT.format(task.createdAt()));
    entry.put(LAST_ERROR, task.lastError().orElse(null));
    entry.put(POD_ID, task.podId().orElse(null));
    entry.put(ATTEMPTS, JsonNumber.of(task.attempts()));
    entry.put(CLAIMED_UNTIL, task.claimedUntil().map(TaskCodec::epochNumber).orElse(null));
    return entry;
  }

  /** Returns {@code time} in Unix seconds, an integer when it falls on a whole second. */
  static JsonNumber epochNumber(Instant time) {
    if (time.getNano() == 0) {
      return JsonNumber.of(time.getEpochSecond());
    }
    BigDecimal nanos = BigDecimal.valueOf(time.getNano(), 9);
    return JsonNumber.of(BigDecimal.valueOf(time.getEpochSecond()).add(nanos));
  }
}

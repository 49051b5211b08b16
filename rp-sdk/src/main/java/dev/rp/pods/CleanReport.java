package dev.rp.pods;

import dev.rp.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** Outcome of {@link Pods#clean()}. */
@Value.Immutable
@ValueStyle
public interface CleanReport {

  /** Returns the aliases removed because the API answered 404 for their pods. */
  List<String> removedAliases();

  /** Returns the aliases kept because checking their pods failed, with the error of each. */
  Map<String, String> keptAfterError();

  /** Returns the SSH entries removed because no alias tracks them any longer. */
  List<String> removedSshEntries();

  /** Returns how many finished scheduled tasks were removed. */
  int removedTasks();

  /** Returns a builder of a report. */
  static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link CleanReport}. */
  final class Builder extends ImmutableCleanReport.Builder {}
}

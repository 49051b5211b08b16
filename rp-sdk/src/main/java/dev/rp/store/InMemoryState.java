package dev.rp.store;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * State of an in-memory store, updated under one monitor with the semantics of the file stores: the
 * change function gets a copy, and the copy replaces the state only when the function returns and
 * the check passes.
 */
final class InMemoryState<S> {

  private final UnaryOperator<S> copy;
  private final Consumer<S> check;
  private S state;
  private boolean updating;

  InMemoryState(S initial, UnaryOperator<S> copy, Consumer<S> check) {
    this.state = initial;
    this.copy = copy;
    this.check = check;
  }

  synchronized S snapshot() {
    return copy.apply(state);
  }

  /**
   * Applies {@code change} to a copy of the state and keeps the copy.
   *
   * @throws IllegalStateException when called from inside {@code change}, because the outer update
   *     would then overwrite what the inner one saved
   */
  synchronized <T> T update(Function<S, T> change) {
    if (updating) {
      throw new IllegalStateException(
          "An update started inside another update of the same store. Make both changes in one"
              + " update.");
    }
    updating = true;
    try {
      S next = copy.apply(state);
      T result = change.apply(next);
      check.accept(next);
      state = next;
      return result;
    } finally {
      updating = false;
    }
  }
}

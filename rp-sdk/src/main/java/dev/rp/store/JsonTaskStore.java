package dev.rp.store;

import dev.rp.schedule.ScheduledTask;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Task store in {@code schedule.json}, as {@link TaskCodec} describes. */
final class JsonTaskStore implements TaskStore {

  private final JsonFileStore<List<ScheduledTask>> file;

  JsonTaskStore(Path scheduleFile) {
    this.file = new JsonFileStore<>(scheduleFile, new TaskCodec());
  }

  @Override
  public List<ScheduledTask> all() {
    return List.copyOf(file.read());
  }

  @Override
  public <T> T update(Function<List<ScheduledTask>, T> change) {
    return file.update(change);
  }

  @Override
  public String toString() {
    return "JsonTaskStore[" + file.path() + "]";
  }
}

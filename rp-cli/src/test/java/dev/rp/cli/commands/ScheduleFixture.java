package dev.rp.cli.commands;

import dev.rp.RunPod;
import dev.rp.RunPodClient;
import dev.rp.cli.InProcessRp;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.TaskStatus;
import dev.rp.store.PodAlias;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@code HOME} in a temporary folder with aliases and tasks written through the SDK, for running
 * the schedule commands in this JVM.
 */
final class ScheduleFixture implements AutoCloseable {

  final Path home;
  final Map<String, String> env = new HashMap<>();
  final RunPodClient client;

  ScheduleFixture(Path home) {
    this.home = home;
    env.put("HOME", home.toString());
    client = RunPod.builder().environment(env).build();
  }

  /** Tracks {@code podId} as {@code alias} without asking the API. */
  void track(String alias, String podId) {
    client.stores().aliases().update(aliases -> aliases.put(alias, PodAlias.of(alias, podId)));
  }

  /** Saves a task with the given id, status, time and error. */
  ScheduledTask addTask(String id, String alias, TaskStatus status, Instant when, String error) {
    ScheduledTask task =
        ScheduledTask.builder()
            .id(id)
            .action(ScheduledTask.STOP)
            .alias(alias)
            .podId("pod-" + alias)
            .when(when)
            .status(status)
            .createdAt(Instant.parse("2026-01-01T00:00:00Z"))
            .lastError(Optional.ofNullable(error))
            .attempts(error == null ? 0 : 2)
            .build();
    client.stores().tasks().update(tasks -> tasks.add(task));
    return task;
  }

  /** Saves a pending task with a random id. */
  ScheduledTask addPending(String alias, Instant when) {
    return addTask(UUID.randomUUID().toString(), alias, TaskStatus.PENDING, when, null);
  }

  /** Runs {@code rp args} in this JVM with the fixture's environment. */
  InProcessRp.Result rp(String... args) {
    return InProcessRp.run(env, args);
  }

  @Override
  public void close() {
    client.close();
  }
}

package dev.rp.internal.core;

import dev.rp.schedule.RunnerContext;
import dev.rp.schedule.Schedule;
import dev.rp.schedule.ScheduledTask;
import dev.rp.schedule.SchedulerRunner;
import dev.rp.schedule.SchedulerRunners;
import dev.rp.schedule.TickResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link Schedule} over the context's scheduler. */
public final class DefaultSchedule implements Schedule {
  private final RpContext context;

  /** Creates the schedule of {@code context}. */
  public DefaultSchedule(RpContext context) {
    this.context = context;
  }

  @Override
  public ScheduledTask stopAt(String alias, Instant when) {
    return new AliasOperations(context, alias).stopAt(when);
  }

  @Override
  public List<ScheduledTask> list(boolean all) {
    return context.scheduler().list(all);
  }

  @Override
  public ScheduledTask cancel(String idOrPrefix) {
    return context.scheduler().cancel(idOrPrefix);
  }

  @Override
  public int clean() {
    return context.scheduler().clean();
  }

  @Override
  public List<TickResult> tick() {
    return context.scheduler().tick();
  }

  @Override
  public Optional<Instant> lastTick() {
    return context.scheduler().lastTick();
  }

  @Override
  public SchedulerRunner runner(Path launcher) {
    return SchedulerRunners.detect(
        RunnerContext.builder()
            .launcher(launcher)
            .configDir(context.paths().configDir())
            .home(context.paths().home())
            .osName(System.getProperty("os.name"))
            .environment(context.environment())
            .build());
  }
}

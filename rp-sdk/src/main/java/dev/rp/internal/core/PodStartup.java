package dev.rp.internal.core;

import dev.rp.SshException;
import dev.rp.WaitTimeoutException;
import dev.rp.pods.Pod;
import dev.rp.pods.PodProgress;
import dev.rp.pods.SshEndpoint;
import dev.rp.pods.TrackedPod;
import dev.rp.schedule.ScheduleTimes;
import dev.rp.store.PodAlias;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Brings a created or started pod into use: waits until its SSH port responds, writes its SSH entry
 * and runs {@code setup.sh}. Shared by create and start.
 */
final class PodStartup {
  private final RpContext context;

  PodStartup(RpContext context) {
    this.context = context;
  }

  TrackedPod bringUp(PodAlias alias, Duration timeout, PodProgress progress, boolean runSetup) {
    // A started pod is a fresh container with a fresh host key: the next contact pins it again.
    context.sshConfig().forgetHostKey(alias.podId());
    Pod pod = awaitReady(alias, timeout, progress);
    SshEndpoint endpoint = pod.directSsh().orElseThrow();
    progress.step(
        "Pod " + alias.podId() + " answers SSH at " + endpoint.host() + ":" + endpoint.port());

    Optional<Integer> setupExit = Optional.empty();
    if (writeSshEntry(alias, endpoint, progress) && runSetup) {
      setupExit = runSetup(alias, progress);
    }
    return TrackedPod.builder()
        .alias(alias.alias())
        .podId(alias.podId())
        .config(alias.config())
        .pod(pod)
        .setupExitCode(setupExit)
        .build();
  }

  private Pod awaitReady(PodAlias alias, Duration timeout, PodProgress progress) {
    try {
      return context.readiness().awaitReady(alias.podId(), timeout, progress::waiting);
    } catch (WaitTimeoutException e) {
      // The waiter reports the pod id only; the alias and the commands that continue are added.
      throw new WaitTimeoutException(
          "Pod "
              + alias.podId()
              + " ("
              + alias.alias()
              + ") did not answer SSH within "
              + ScheduleTimes.formatDuration(e.waited())
              + "; its last status was "
              + e.lastStatus().name().toLowerCase(Locale.ROOT)
              + ". It stays tracked as "
              + alias.alias()
              + " and may be billing: wait again with rp start "
              + alias.alias()
              + ", stop it with rp stop "
              + alias.alias()
              + ", or terminate it with rp destroy "
              + alias.alias()
              + ".",
          e.podId(),
          e.lastStatus(),
          e.waited());
    }
  }

  private boolean writeSshEntry(PodAlias alias, SshEndpoint endpoint, PodProgress progress) {
    try {
      context.sshConfig().upsert(alias.alias(), alias.podId(), endpoint);
      progress.step("SSH entry written: " + sshCommandLine(alias.alias()));
      return true;
    } catch (SshException e) {
      // The pod stays tracked; the message carries the lines to add by hand.
      progress.step(e.getMessage());
      return false;
    }
  }

  // ssh reads its default config from the account's home, so another config needs -F.
  private String sshCommandLine(String alias) {
    return context.paths().sshConfigIsDefault()
        ? "ssh " + alias
        : "ssh -F " + context.paths().sshConfig() + " " + alias;
  }

  private Optional<Integer> runSetup(PodAlias alias, PodProgress progress) {
    Path script = context.paths().setupScript();
    if (!Files.isRegularFile(script)) {
      return Optional.empty();
    }
    progress.step("Running " + script + " on " + alias.alias());
    int exit =
        context
            .sshCommand()
            .runScript(
                alias.alias(),
                script,
                Map.of("RP_ALIAS", alias.alias(), "RP_POD_ID", alias.podId()),
                progress::setupOutput);
    progress.step(
        exit == 0
            ? "setup.sh finished"
            : "setup.sh failed with exit code "
                + exit
                + "; the pod stays tracked. Fix the script and run it again with rp start "
                + alias.alias());
    return Optional.of(exit);
  }
}

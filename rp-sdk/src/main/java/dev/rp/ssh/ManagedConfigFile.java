package dev.rp.ssh;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes rp's own SSH config file, which holds one {@code Host} block per pod and which
 * the user's config includes.
 *
 * <p>rp rewrites the whole file on each change. Lines outside rp's blocks are not kept, and a block
 * that lost its {@code HostName}, {@code Port} or {@code User} is dropped.
 */
final class ManagedConfigFile {

  private ManagedConfigFile() {}

  /** Parses the file's {@code content}. */
  static List<ManagedBlock> parse(byte[] content, Path home, Path defaultIdentity, Instant now) {
    List<ManagedBlock> blocks = new ArrayList<>();
    for (HostBlocks.Managed managed :
        HostBlocks.managed(ConfigText.of(content), home, defaultIdentity, now)) {
      managed.block().ifPresent(blocks::add);
    }
    return blocks;
  }

  /** Returns the file's content for {@code blocks}, pinning host keys in {@code knownHosts}. */
  static byte[] render(List<ManagedBlock> blocks, Path userConfig, Path knownHosts) {
    StringBuilder out = new StringBuilder();
    out.append("# SSH hosts of the RunPod pods that rp tracks, included from ")
        .append(userConfig.toAbsolutePath().toString().replaceAll("\\p{Cntrl}", "?"))
        .append(".\n")
        .append("# rp rewrites this file whenever a pod starts, stops or goes away; put your own\n")
        .append("# settings in your SSH config instead.\n");
    for (ManagedBlock block : blocks) {
      out.append('\n').append(block.render(knownHosts));
    }
    return out.toString().getBytes(UTF_8);
  }

  /** Returns the block for {@code alias}, if any. */
  static Optional<ManagedBlock> find(List<ManagedBlock> blocks, String alias) {
    return blocks.stream().filter(b -> b.entry().alias().equals(alias)).findFirst();
  }
}

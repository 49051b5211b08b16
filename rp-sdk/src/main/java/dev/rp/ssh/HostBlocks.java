package dev.rp.ssh;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code Host} blocks of a config file, and among them the blocks rp manages.
 *
 * <p>A block runs from its {@code Host} line to the next {@code Host} or {@code Match} line or the
 * end of the file, which is where OpenSSH stops applying it.
 */
final class HostBlocks {

  /**
   * Lines {@code [start, end)} of one {@code Host} block.
   *
   * @param start the index of the {@code Host} line
   * @param end the index of the next {@code Host} or {@code Match} line, or the number of lines
   */
  record Range(int start, int end) {}

  /**
   * Block that carries a {@code # rp:managed} marker.
   *
   * @param range the lines of the block, without the blank lines and comments at its end
   * @param block the parsed entry, or empty when the block is incomplete and rp leaves it alone
   */
  record Managed(Range range, Optional<ManagedBlock> block) {}

  private HostBlocks() {}

  /** Returns every {@code Host} block of {@code text} in file order. */
  static List<Range> all(ConfigText text) {
    List<Range> ranges = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.size(); i++) {
      ConfigLine line = text.parsed(i);
      if (line.is("host") || line.is("match")) {
        if (start >= 0) {
          ranges.add(new Range(start, i));
        }
        start = line.is("host") ? i : -1;
      }
    }
    if (start >= 0) {
      ranges.add(new Range(start, text.size()));
    }
    return ranges;
  }

  /** Returns whether {@code range} of {@code text} contains a {@code # rp:managed} marker. */
  static boolean isManaged(ConfigText text, Range range) {
    for (int i = range.start() + 1; i < range.end(); i++) {
      if (ManagedBlock.isMarker(text.line(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the managed blocks of {@code text}. The range of each stops before the blank lines and
   * comments that end it, because those usually introduce the next block.
   */
  static List<Managed> managed(
      ConfigText text, Path home, Path defaultIdentity, Instant unknownUpdated) {
    List<Managed> found = new ArrayList<>();
    for (Range range : all(text)) {
      if (isManaged(text, range)) {
        Range trimmed = new Range(range.start(), contentEnd(text, range));
        Optional<ManagedBlock> block =
            ManagedBlock.parse(
                text, trimmed.start(), trimmed.end(), home, defaultIdentity, unknownUpdated);
        found.add(new Managed(trimmed, block));
      }
    }
    return found;
  }

  private static int contentEnd(ConfigText text, Range range) {
    int end = range.end();
    while (end > range.start() + 1) {
      String line = text.line(end - 1);
      if (!text.parsed(end - 1).isBlankOrComment() || ManagedBlock.isMarker(line)) {
        break;
      }
      end--;
    }
    return end;
  }
}

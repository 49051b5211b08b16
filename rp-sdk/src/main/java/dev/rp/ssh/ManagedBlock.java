package dev.rp.ssh;

import dev.rp.InvalidInputException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code Host} block that rp manages, marked by a {@code # rp:managed} comment.
 *
 * <p>The marker has the Python rp's exact form, {@code # rp:managed alias=<alias> pod_id=<id>
 * updated=<UTC time>}. Lines of the block that rp does not write itself, such as a {@code
 * LocalForward} the user added, are kept in {@code extraLines} and written back after rp's own.
 *
 * @param entry the alias, pod and endpoint
 * @param identityFile the private key the block names
 * @param extraLines the block's other lines, without indentation
 */
record ManagedBlock(ManagedEntry entry, Path identityFile, List<String> extraLines) {

  private static final Pattern MARKER = Pattern.compile("^\\s*#\\s*rp:managed(?:\\s+(.*))?$");
  private static final Pattern MARKER_FIELD = Pattern.compile("(\\w+)=(\\S*)");

  /** Keywords whose values rp writes itself; a block's own lines with them are replaced. */
  private static final Set<String> OWN_KEYWORDS =
      Set.of(
          "hostname",
          "port",
          "user",
          "identityfile",
          "identitiesonly",
          "forwardagent",
          "hostkeyalias",
          "userknownhostsfile",
          "stricthostkeychecking");

  ManagedBlock {
    extraLines = List.copyOf(extraLines);
  }

  /** Returns whether {@code line} is a {@code # rp:managed} marker. */
  static boolean isMarker(String line) {
    return MARKER.matcher(line).matches();
  }

  /**
   * Parses lines {@code [start, end)} of {@code text}, where line {@code start} is the {@code Host}
   * line, or returns empty when the block lacks a marker, a {@code HostName}, a valid {@code Port}
   * or a {@code User}.
   *
   * @param home the folder that a leading {@code ~} in {@code IdentityFile} stands for
   * @param defaultIdentity the key to use when the block names none
   * @param unknownUpdated the time to use when the marker's {@code updated} is missing or invalid
   */
  static Optional<ManagedBlock> parse(
      ConfigText text,
      int start,
      int end,
      Path home,
      Path defaultIdentity,
      Instant unknownUpdated) {
    Map<String, String> marker = null;
    Map<String, String> values = new HashMap<>();
    List<String> extra = new ArrayList<>();
    for (int i = start + 1; i < end; i++) {
      String line = text.line(i);
      Matcher matcher = MARKER.matcher(line);
      ConfigLine parsed = ConfigLine.parse(line);
      if (matcher.matches() && marker == null) {
        marker = markerFields(matcher.group(1));
      } else if (OWN_KEYWORDS.contains(parsed.keyword())) {
        values.putIfAbsent(parsed.keyword(), parsed.firstArgument());
      } else if (!line.isBlank()) {
        extra.add(line.strip());
      }
    }
    String alias =
        marker == null ? null : marker.getOrDefault("alias", text.parsed(start).firstArgument());
    Optional<Integer> port = parsePort(values.get("port"));
    if (alias == null
        || marker.get("pod_id") == null
        || values.get("hostname") == null
        || values.get("user") == null
        || port.isEmpty()) {
      return Optional.empty();
    }
    ManagedEntry entry =
        ManagedEntry.builder()
            .alias(alias)
            .podId(marker.get("pod_id"))
            .updated(parseUpdated(marker.get("updated")).orElse(unknownUpdated))
            .host(values.get("hostname"))
            .port(port.get())
            .user(values.get("user"))
            .build();
    if (!isValid(entry)) {
      return Optional.empty();
    }
    Path identity = expandHome(values.get("identityfile"), home).orElse(defaultIdentity);
    return Optional.of(new ManagedBlock(entry, identity, extra));
  }

  /** Returns the marker line's text without indentation. */
  static String marker(ManagedEntry entry) {
    return "# rp:managed alias="
        + entry.alias()
        + " pod_id="
        + entry.podId()
        + " updated="
        + entry.updated().truncatedTo(ChronoUnit.SECONDS);
  }

  /** Returns the block as lines ending in {@code \n}, pinning host keys in {@code knownHosts}. */
  String render(Path knownHosts) {
    ManagedEntry e = entry;
    StringBuilder out = new StringBuilder();
    out.append("Host ").append(e.alias()).append('\n');
    appendIndented(out, marker(e));
    appendIndented(out, "HostName " + e.host());
    appendIndented(out, "Port " + e.port());
    appendIndented(out, "User " + e.user());
    appendIndented(out, "IdentityFile " + ConfigValues.fileArgument(identityFile));
    appendIndented(out, "IdentitiesOnly yes");
    appendIndented(out, "ForwardAgent yes");
    appendIndented(out, "HostKeyAlias " + SshConfigManager.hostKeyAlias(e.podId()));
    appendIndented(out, "UserKnownHostsFile " + ConfigValues.fileArgument(knownHosts));
    appendIndented(out, "StrictHostKeyChecking accept-new");
    extraLines.forEach(line -> appendIndented(out, line));
    return out.toString();
  }

  private static void appendIndented(StringBuilder out, String line) {
    out.append("    ").append(line).append('\n');
  }

  private static boolean isValid(ManagedEntry entry) {
    try {
      ConfigValues.requireAlias(entry.alias());
      ConfigValues.requirePodId(entry.podId());
      ConfigValues.requireEndpoint(entry.endpoint());
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  private static Map<String, String> markerFields(String text) {
    Map<String, String> fields = new HashMap<>();
    if (text != null) {
      Matcher matcher = MARKER_FIELD.matcher(text);
      while (matcher.find()) {
        fields.putIfAbsent(matcher.group(1), matcher.group(2));
      }
    }
    return fields;
  }

  private static Optional<Integer> parsePort(String text) {
    try {
      int port = Integer.parseInt(text == null ? "" : text);
      return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Parses {@code 2025-01-01T12:00:00Z}, an offset such as {@code +00:00}, or no zone as UTC. */
  static Optional<Instant> parseUpdated(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException withoutOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException invalid) {
        return Optional.empty();
      }
    }
  }

  private static Optional<Path> expandHome(String value, Path home) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    // ssh reads "%%" as one "%", and rp doubles it again when it writes the path back.
    String path = value.replace("%%", "%");
    if (path.equals("~")) {
      return Optional.of(home);
    }
    if (path.startsWith("~/")) {
      return Optional.of(home.resolve(path.substring(2)));
    }
    return Optional.of(Path.of(path));
  }
}

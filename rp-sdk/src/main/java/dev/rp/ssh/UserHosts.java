package dev.rp.ssh;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the user's own {@code Host} declarations that would apply to an alias, in the user's SSH
 * config and in every file it includes.
 *
 * <p>A declaration applies when one of its patterns matches the alias and no negated pattern
 * ({@code !name}) does. Patterns compare without case, which is stricter than OpenSSH 9.2 (it
 * compares case-sensitively). A pattern made only of {@code *}, such as {@code Host *}, does not
 * count: it sets defaults for every host, which rp's entries override. {@code Host} blocks that
 * carry rp's marker are rp's own and do not count either, and neither does rp's own file.
 *
 * <p>{@code Include} is followed as OpenSSH does it: {@code ~} is the home folder, relative paths
 * are under {@code ~/.ssh}, and {@code *}, {@code ?} and {@code [...]} expand, up to 16 files deep.
 * Files included inside a {@code Host} or {@code Match} block count as if they were at the top.
 */
final class UserHosts {

  /** Limit of nested {@code Include} levels, as in OpenSSH. */
  private static final int MAX_INCLUDE_DEPTH = 16;

  /**
   * {@code Host} line that applies to an alias.
   *
   * @param file the file that contains it
   * @param lineNumber its 1-based line number
   * @param text the line, without indentation
   */
  record Declaration(Path file, int lineNumber, String text) {}

  private final Path home;
  private final Path managedConfig;

  UserHosts(Path home, Path managedConfig) {
    this.home = home;
    this.managedConfig = managedConfig.toAbsolutePath().normalize();
  }

  /** Returns the first declaration in {@code userConfig} or its includes that matches alias. */
  Optional<Declaration> find(Path userConfig, String alias) {
    return scan(userConfig, alias, 0);
  }

  private Optional<Declaration> scan(Path file, String alias, int depth) {
    if (depth > MAX_INCLUDE_DEPTH || isManagedConfig(file) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    ConfigText text;
    try {
      text = ConfigText.of(Files.readAllBytes(file));
    } catch (IOException unreadable) {
      // ssh cannot read it either, so it declares nothing.
      return Optional.empty();
    }
    Set<Integer> rpHostLines =
        HostBlocks.all(text).stream()
            .filter(range -> HostBlocks.isManaged(text, range))
            .map(HostBlocks.Range::start)
            .collect(Collectors.toSet());
    for (int i = 0; i < text.size(); i++) {
      ConfigLine line = text.parsed(i);
      if (line.is("host") && !rpHostLines.contains(i) && applies(line.arguments(), alias)) {
        return Optional.of(new Declaration(file, i + 1, text.displayLine(i)));
      }
      if (line.is("include")) {
        for (String argument : line.arguments()) {
          for (Path included : resolveInclude(argument)) {
            Optional<Declaration> found = scan(included, alias, depth + 1);
            if (found.isPresent()) {
              return found;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private boolean isManagedConfig(Path file) {
    Path normalized = file.toAbsolutePath().normalize();
    if (normalized.equals(managedConfig)) {
      return true;
    }
    try {
      return Files.exists(managedConfig) && Files.isSameFile(normalized, managedConfig);
    } catch (IOException e) {
      return false;
    }
  }

  /** Returns whether a {@code Host} line with {@code patterns} applies to {@code alias}. */
  static boolean applies(List<String> patterns, String alias) {
    boolean matched = false;
    for (String pattern : patterns) {
      boolean negated = pattern.startsWith("!");
      String glob = negated ? pattern.substring(1) : pattern;
      if (!globMatches(glob.toLowerCase(Locale.ROOT), alias.toLowerCase(Locale.ROOT), 0, 0)) {
        continue;
      }
      if (negated) {
        return false;
      }
      matched |= !glob.chars().allMatch(c -> c == '*');
    }
    return matched;
  }

  /** Matches OpenSSH host patterns, where {@code *} is any run of characters and {@code ?} one. */
  private static boolean globMatches(String glob, String text, int g, int t) {
    while (g < glob.length()) {
      char c = glob.charAt(g);
      if (c == '*') {
        for (int rest = t; rest <= text.length(); rest++) {
          if (globMatches(glob, text, g + 1, rest)) {
            return true;
          }
        }
        return false;
      }
      if (t >= text.length() || (c != '?' && c != text.charAt(t))) {
        return false;
      }
      g++;
      t++;
    }
    return t == text.length();
  }

  /** Returns the files an {@code Include} argument names, sorted as glob(3) sorts them. */
  List<Path> resolveInclude(String argument) {
    String path;
    if (argument.equals("~")) {
      path = home.toAbsolutePath().toString();
    } else if (argument.startsWith("~/")) {
      path = home.toAbsolutePath() + "/" + argument.substring(2);
    } else if (argument.startsWith("/")) {
      path = argument;
    } else {
      path = home.toAbsolutePath().resolve(".ssh") + "/" + argument;
    }
    // Split the text rather than a Path, so escapes such as \[ reach the glob step intact.
    return expand(Path.of("/"), List.of(path.split("/")), 0);
  }

  /**
   * Returns whether an {@code Include} argument names exactly {@code file}, without glob
   * characters, so that the line stands for rp's own {@code Include}.
   */
  boolean namesExactly(String argument, Path file) {
    if (hasGlob(argument)) {
      return false;
    }
    List<Path> resolved = resolveInclude(argument);
    return resolved.size() == 1
        && resolved.get(0).normalize().equals(file.toAbsolutePath().normalize());
  }

  private static List<Path> expand(Path base, List<String> parts, int index) {
    if (index == parts.size()) {
      return List.of(base);
    }
    String part = parts.get(index);
    if (part.isEmpty()) {
      return expand(base, parts, index + 1);
    }
    if (!hasGlob(part)) {
      return expand(base.resolve(unescape(part)), parts, index + 1);
    }

    Pattern pattern = globPattern(part);
    List<Path> matches = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(base)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean hidden = name.startsWith(".") && !part.startsWith(".");
        if (!hidden && pattern.matcher(name).matches()) {
          matches.add(entry);
        }
      }
    } catch (IOException notAFolder) {
      return List.of();
    }
    matches.sort(null);

    List<Path> expanded = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path match : matches) {
      for (Path path : expand(match, parts, index + 1)) {
        if (seen.add(path)) {
          expanded.add(path);
        }
      }
    }
    return expanded;
  }

  private static boolean hasGlob(String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?' || c == '[') {
        return true;
      }
    }
    return false;
  }

  private static String unescape(String part) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '\\' && i + 1 < part.length()) {
        c = part.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Translates one path component of a glob(3) pattern into a regular expression. */
  private static Pattern globPattern(String part) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      int close = c == '[' ? part.indexOf(']', i + 2) : -1;
      if (c == '\\' && i + 1 < part.length()) {
        regex.append(Pattern.quote(String.valueOf(part.charAt(++i))));
      } else if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else if (close > 0) {
        String set = part.substring(i + 1, close);
        boolean negated = set.startsWith("!") || set.startsWith("^");
        String members =
            (negated ? set.substring(1) : set).replace("\\", "\\\\").replace("[", "\\[");
        regex.append(negated ? "[^" : "[").append(members).append(']');
        i = close;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}

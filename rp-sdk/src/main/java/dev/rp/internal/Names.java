package dev.rp.internal;

import dev.rp.InvalidInputException;
import java.util.regex.Pattern;

/** Validation of the names users give to pods and templates. */
public final class Names {
  /** Longest alias, in characters, that {@link #requireValidAlias} accepts. */
  public static final int MAX_ALIAS_LENGTH = 63;

  // An alias becomes an SSH Host name and a pod name: letters, digits, dot, hyphen, underscore.
  private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
  // A config key is typed as KEY=VALUE on the command line, so it cannot contain '=' or spaces.
  private static final Pattern CONFIG_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  private Names() {}

  /**
   * Returns {@code alias} if it is a valid alias.
   *
   * @throws InvalidInputException naming the alias and the allowed characters
   */
  public static String requireValidAlias(String alias) {
    if (alias == null || !ALIAS.matcher(alias).matches()) {
      throw new InvalidInputException(
          "Invalid alias '"
              + alias
              + "': use 1 to 63 letters, digits, '.', '-' or '_', starting with a letter or"
              + " digit (for example my-pod-1 or training_gpu).");
    }
    return alias;
  }

  /**
   * Returns {@code identifier} if it is a valid template identifier, which follows the alias rules.
   *
   * @throws InvalidInputException naming the identifier and the allowed characters
   */
  public static String requireValidTemplateId(String identifier) {
    if (identifier == null || !ALIAS.matcher(identifier).matches()) {
      throw new InvalidInputException(
          "Invalid template identifier '"
              + identifier
              + "': use 1 to 63 letters, digits, '.', '-' or '_', starting with a letter or"
              + " digit (for example ml-training).");
    }
    return identifier;
  }

  /**
   * Returns {@code key} if it is a valid per-pod configuration key: a letter or {@code _}, then
   * letters, digits, {@code _}, {@code .} or {@code -}, such as {@code path} or {@code data.dir}.
   *
   * @throws InvalidInputException naming the key and the allowed characters
   */
  public static String requireValidConfigKey(String key) {
    if (key == null || !CONFIG_KEY.matcher(key).matches()) {
      throw new InvalidInputException(
          "Invalid config key '"
              + key
              + "': start with a letter or '_', then use letters, digits, '_', '.' or '-'"
              + " (for example path or data_dir).");
    }
    return key;
  }

  /**
   * Returns {@code pattern} if it contains the {@code {i}} placeholder once and no other
   * placeholder, and yields valid aliases.
   *
   * @throws InvalidInputException naming the pattern and the rule it breaks
   */
  public static String requireValidAliasPattern(String pattern) {
    String example = "(for example ml-training-{i})";
    if (pattern == null || pattern.isEmpty()) {
      throw new InvalidInputException("Missing alias pattern: give one with {i} " + example + ".");
    }
    long placeholders = PLACEHOLDER.matcher(pattern).results().count();
    int numbers = pattern.split("\\{i}", -1).length - 1;
    if (numbers != 1 || placeholders != 1) {
      throw new InvalidInputException(
          "Invalid alias pattern '"
              + pattern
              + "': it needs the placeholder {i} exactly once and no other {...} "
              + example
              + ".");
    }
    if (!ALIAS.matcher(pattern.replace("{i}", "1")).matches()) {
      throw new InvalidInputException(
          "Invalid alias pattern '"
              + pattern
              + "': with {i} replaced by a number it must be a valid alias: letters, digits,"
              + " '.', '-' or '_' "
              + example
              + ".");
    }
    // A pattern that fits only for small numbers would fail at, say, the tenth pod.
    if (!ALIAS.matcher(pattern.replace("{i}", "9999")).matches()) {
      throw new InvalidInputException(
          "Invalid alias pattern '"
              + pattern
              + "': it is too long, because with a 4-digit number for {i} the alias passes 63"
              + " characters. Shorten the text around {i}.");
    }
    return pattern;
  }
}

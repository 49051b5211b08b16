package dev.rp.gpu;

import dev.rp.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GPU request of the form {@code [COUNT x]MODEL}, such as {@code 2xA100}, {@code H100} or {@code
 * 4xRTX4090}.
 *
 * <p>The count is optional and defaults to 1. The {@code x} is case-insensitive and may have spaces
 * around it ({@code 2 x A100}). Only a number before the {@code x} is a count, so {@code rtx4090}
 * and {@code RTX 6000 Ada} are models. The model is stored in upper case, as the Python rp does,
 * and is matched against the catalog by {@link GpuCatalog}.
 */
public final class GpuSpec {

  /**
   * Largest count that {@link #parse} and {@link #of} accept. {@link GpuCatalog#choose} checks the
   * catalog's lower per-pod maximum.
   */
  public static final int MAX_COUNT = 64;

  private static final String ACCEPTED_FORM =
      "Use [COUNT x]MODEL with a count from 1 to "
          + MAX_COUNT
          + ", such as 2xA100, H100 or 4xRTX4090.";

  // A count is digits, possibly signed so that "-2xA100" gets a clear message, then an x.
  private static final Pattern COUNT_PREFIX = Pattern.compile("^([+-]?\\d+)\\s*[xX]\\s*(.*)$");
  private static final Pattern COUNT_WITHOUT_X = Pattern.compile("^[+-]?\\d+\\s+\\S.*$");
  private static final Pattern MODEL = Pattern.compile("^[A-Za-z0-9]+([ _-]+[A-Za-z0-9]+)*$");

  private final int count;
  private final String model;

  private GpuSpec(int count, String model) {
    this.count = count;
    this.model = model;
  }

  /**
   * Returns a spec of {@code count} GPUs of {@code model}.
   *
   * @throws InvalidInputException if the count is outside 1 to {@value #MAX_COUNT}, or the model is
   *     empty, starts with a count of its own, or is not letters and digits separated by spaces,
   *     hyphens or underscores
   */
  public static GpuSpec of(int count, String model) {
    Objects.requireNonNull(model, "model");
    String input = count + "x" + model;
    checkCount(count, input);
    return new GpuSpec(count, checkModel(model.trim(), input));
  }

  /**
   * Parses {@code value} of the form {@code [COUNT x]MODEL}.
   *
   * @throws InvalidInputException if {@code value} is empty, has a count of zero, a negative count,
   *     a count with a sign or above {@value #MAX_COUNT}, a count without an {@code x}, or a model
   *     that {@link #of} rejects
   */
  public static GpuSpec parse(String value) {
    if (value == null || value.isBlank()) {
      throw invalid(value == null ? "" : value.trim(), "it is empty");
    }
    String trimmed = value.trim();
    Matcher withCount = COUNT_PREFIX.matcher(trimmed);
    if (!withCount.matches()) {
      if (COUNT_WITHOUT_X.matcher(trimmed).matches()) {
        throw invalid(trimmed, "a count must be followed by x");
      }
      return new GpuSpec(1, checkModel(trimmed, trimmed));
    }
    int count = parseCount(withCount.group(1), trimmed);
    return new GpuSpec(count, checkModel(withCount.group(2), trimmed));
  }

  /** Returns the number of GPUs, from 1 to {@value #MAX_COUNT}. */
  public int count() {
    return count;
  }

  /** Returns the model in upper case, such as {@code A100} or {@code RTX 6000 ADA}. */
  public String model() {
    return model;
  }

  /** Returns a copy of this spec with {@code count} GPUs. */
  public GpuSpec withCount(int count) {
    return of(count, model);
  }

  /** Returns the canonical form {@code COUNTxMODEL}, such as {@code 1xH100}. */
  @Override
  public String toString() {
    return count + "x" + model;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GpuSpec that && count == that.count && model.equals(that.model);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, model);
  }

  private static int parseCount(String digits, String input) {
    if (digits.startsWith("+")) {
      throw invalid(input, "the count must not have a sign");
    }
    if (digits.startsWith("-")) {
      throw invalid(input, "the count must not be negative");
    }
    // Past 9 digits an int overflows, and any such count is far above MAX_COUNT anyway.
    int count = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    checkCount(count, input);
    return count;
  }

  private static void checkCount(int count, String input) {
    if (count < 1 || count > MAX_COUNT) {
      throw invalid(input, "the count must be from 1 to " + MAX_COUNT);
    }
  }

  private static String checkModel(String model, String input) {
    if (model.isEmpty()) {
      throw invalid(input, "the model is missing");
    }
    if (COUNT_PREFIX.matcher(model).matches()) {
      throw invalid(input, "it has more than one count");
    }
    if (!MODEL.matcher(model).matches()) {
      throw invalid(
          input,
          "the model must be letters and digits, separated only by spaces, hyphens or"
              + " underscores");
    }
    return model.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private static InvalidInputException invalid(String value, String problem) {
    return new InvalidInputException(
        "Invalid GPU spec '" + value + "': " + problem + ". " + ACCEPTED_FORM);
  }
}

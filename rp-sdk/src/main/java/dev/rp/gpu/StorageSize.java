package dev.rp.gpu;

import dev.rp.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Disk size in whole gigabytes, parsed from forms such as {@code 500GB}, {@code 1TB} or {@code
 * 100GiB}.
 *
 * <p>Decimal units are powers of 1000, as in the Python rp: {@code 1TB} is 1000 GB. Binary units
 * are powers of 1024: {@code 1TiB} is 1099.51 GB. A number without a unit is in GB. Units are
 * case-insensitive and may follow a space. A size that is not a whole number of GB is rounded up,
 * so {@code 2.0001TB} is 2001 GB and {@code 1TiB} is 1100 GB.
 */
public final class StorageSize {

  /**
   * Smallest persistent volume RunPod creates, in GB, as API v2's {@code PersistentMount} states.
   */
  public static final int MIN_VOLUME_GB = 10;

  /** Smallest container disk {@link #parseContainerDisk} accepts, in GB. */
  public static final int MIN_CONTAINER_DISK_GB = 1;

  private static final String ACCEPTED_FORMS =
      "Use a number with an optional unit GB, G, TB, T, GiB or TiB, such as 500GB, 1TB, 2.5TB or"
          + " 100GiB; a number without a unit is in GB.";

  private static final Pattern SIZE = Pattern.compile("^(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(\\p{L}*)$");

  // Gigabytes per unit: decimal units are powers of 1000, binary ones powers of 1024.
  private static final BigDecimal GIB = new BigDecimal("1.073741824");
  private static final Map<String, BigDecimal> UNITS =
      Map.of(
          "",
          BigDecimal.ONE,
          "g",
          BigDecimal.ONE,
          "gb",
          BigDecimal.ONE,
          "t",
          BigDecimal.valueOf(1000),
          "tb",
          BigDecimal.valueOf(1000),
          "gib",
          GIB,
          "tib",
          GIB.multiply(BigDecimal.valueOf(1024)));

  private final int gigabytes;

  private StorageSize(int gigabytes) {
    this.gigabytes = gigabytes;
  }

  /**
   * Returns a size of {@code gigabytes} GB.
   *
   * @throws InvalidInputException if {@code gigabytes} is below 1
   */
  public static StorageSize ofGigabytes(int gigabytes) {
    if (gigabytes < 1) {
      throw invalid(gigabytes + "GB", "the size must be at least 1 GB");
    }
    return new StorageSize(gigabytes);
  }

  /**
   * Parses a size of at least 1 GB.
   *
   * @throws InvalidInputException if {@code value} is not a positive size in a known unit
   */
  public static StorageSize parse(String value) {
    return parse(value, 1);
  }

  /**
   * Parses a size of at least {@code minimumGigabytes} GB, compared after rounding up.
   *
   * @throws InvalidInputException if {@code value} is not a positive size in a known unit, or is
   *     below the minimum
   */
  public static StorageSize parse(String value, int minimumGigabytes) {
    int minimum = Math.max(1, minimumGigabytes);
    return parseAtLeast(value, minimum, "the size must be at least " + minimum + " GB");
  }

  /**
   * Parses the size of a persistent volume, at least {@value #MIN_VOLUME_GB} GB.
   *
   * @throws InvalidInputException if {@code value} is not a size of at least {@value
   *     #MIN_VOLUME_GB} GB, zero included (use {@link #parseVolumeOrNone} to allow {@code 0})
   */
  public static StorageSize parseVolume(String value) {
    return parseAtLeast(
        value,
        MIN_VOLUME_GB,
        "a persistent volume must be at least " + MIN_VOLUME_GB + " GB, RunPod's minimum");
  }

  /**
   * Parses the size of a persistent volume, where zero ({@code 0}, {@code 0GB}) means no volume.
   *
   * @return an empty {@code Optional} for zero, otherwise a size of at least {@value
   *     #MIN_VOLUME_GB} GB
   * @throws InvalidInputException if {@code value} is not zero and not a size of at least {@value
   *     #MIN_VOLUME_GB} GB
   */
  public static Optional<StorageSize> parseVolumeOrNone(String value) {
    if (isZero(value)) {
      return Optional.empty();
    }
    return Optional.of(
        parseAtLeast(
            value,
            MIN_VOLUME_GB,
            "a persistent volume must be at least "
                + MIN_VOLUME_GB
                + " GB, RunPod's minimum, or 0 for no volume"));
  }

  /**
   * Parses the size of a container disk, at least {@value #MIN_CONTAINER_DISK_GB} GB.
   *
   * @throws InvalidInputException if {@code value} is not a positive size in a known unit
   */
  public static StorageSize parseContainerDisk(String value) {
    return parseAtLeast(
        value,
        MIN_CONTAINER_DISK_GB,
        "a container disk must be at least " + MIN_CONTAINER_DISK_GB + " GB");
  }

  /** Returns the size in whole gigabytes (1 GB = 10⁹ bytes). */
  public int gigabytes() {
    return gigabytes;
  }

  /** Returns the size in the form {@code 500GB}, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return gigabytes + "GB";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StorageSize that && gigabytes == that.gigabytes;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(gigabytes);
  }

  private static StorageSize parseAtLeast(String value, int minimum, String minimumRule) {
    int gigabytes = parseGigabytes(value);
    if (gigabytes < minimum) {
      throw invalid(value.trim(), minimumRule);
    }
    return new StorageSize(gigabytes);
  }

  private static boolean isZero(String value) {
    Matcher size = value == null ? null : SIZE.matcher(value.trim());
    return size != null
        && size.matches()
        && UNITS.containsKey(size.group(2).toLowerCase(Locale.ROOT))
        && new BigDecimal(size.group(1)).signum() == 0;
  }

  private static int parseGigabytes(String value) {
    if (value == null || value.isBlank()) {
      throw invalid(value == null ? "" : value.trim(), "it is empty");
    }
    String trimmed = value.trim();
    if (trimmed.startsWith("-")) {
      throw invalid(trimmed, "the size must not be negative");
    }
    Matcher size = SIZE.matcher(trimmed);
    if (!size.matches()) {
      throw invalid(trimmed, "it is not a number with an optional unit");
    }
    BigDecimal perUnit = UNITS.get(size.group(2).toLowerCase(Locale.ROOT));
    if (perUnit == null) {
      throw invalid(trimmed, "unknown unit '" + size.group(2) + "'");
    }
    BigDecimal gigabytes =
        new BigDecimal(size.group(1)).multiply(perUnit).setScale(0, RoundingMode.CEILING);
    if (gigabytes.signum() == 0) {
      throw invalid(trimmed, "the size must be greater than zero");
    }
    if (gigabytes.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw invalid(trimmed, "the size is too large");
    }
    return gigabytes.intValueExact();
  }

  private static InvalidInputException invalid(String value, String problem) {
    return new InvalidInputException(
        "Invalid storage size '" + value + "': " + problem + ". " + ACCEPTED_FORMS);
  }
}

package dev.rp.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StorageSizeTest {

  @ParameterizedTest(name = "{0} -> {1} GB")
  @CsvSource(
      delimiter = '|',
      value = {
        "500GB     | 500",
        "500G      | 500",
        "500gb     | 500",
        "'500 GB'  | 500",
        "500       | 500",
        "1TB       | 1000",
        "1t        | 1000",
        "2.5TB     | 2500",
        "2.0001TB  | 2001",
        "100GiB    | 108",
        "1TiB      | 1100",
        "1tib      | 1100",
        "1GiB      | 2",
        "0.5GB     | 1",
        ".5TB      | 500",
        "' 20GB '  | 20",
      })
  void parse_validSize_isWholeGigabytes(String value, int gigabytes) {
    assertThat(StorageSize.parse(value).gigabytes()).isEqualTo(gigabytes);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(
      strings = {
        "-5GB",
        "0",
        "0GB",
        "0.0TB",
        "NaN",
        "Infinity",
        "5PB",
        "10MB",
        "1KB",
        "",
        "GB",
        "1e3",
        "1,000GB",
        "1.5.3GB",
        "10 G B",
        "99999999999TB"
      })
  void parse_invalidSize_isRejected(String value) {
    assertThatThrownBy(() -> StorageSize.parse(value))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'" + value.trim() + "'")
        .hasMessageContaining("500GB, 1TB, 2.5TB or 100GiB");
  }

  @Test
  void parse_unknownUnit_namesTheUnit() {
    assertThatThrownBy(() -> StorageSize.parse("5PB")).hasMessageContaining("unknown unit 'PB'");
    assertThatThrownBy(() -> StorageSize.parse("10MB")).hasMessageContaining("unknown unit 'MB'");
  }

  @Test
  void parse_negative_saysNegative() {
    assertThatThrownBy(() -> StorageSize.parse("-5GB")).hasMessageContaining("negative");
  }

  @Test
  void parse_belowCallerMinimum_namesMinimum() {
    assertThat(StorageSize.parse("50GB", 50).gigabytes()).isEqualTo(50);
    assertThatThrownBy(() -> StorageSize.parse("49GB", 50))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at least 50 GB");
  }

  @Test
  void parseVolume_belowTenGigabytes_isRejected() {
    assertThat(StorageSize.parseVolume("10GB").gigabytes()).isEqualTo(10);
    assertThatThrownBy(() -> StorageSize.parseVolume("9GB"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'9GB'")
        .hasMessageContaining("at least 10 GB");
    assertThatThrownBy(() -> StorageSize.parseVolume("0"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void parseVolume_fractionRoundsUpBeforeMinimumCheck() {
    assertThat(StorageSize.parseVolume("9.5GB").gigabytes()).isEqualTo(10);
  }

  @Test
  void parseVolumeOrNone_zeroMeansNoVolume() {
    assertThat(StorageSize.parseVolumeOrNone("0")).isEmpty();
    assertThat(StorageSize.parseVolumeOrNone("0GB")).isEmpty();
    assertThat(StorageSize.parseVolumeOrNone("0 tb")).isEmpty();
    assertThat(StorageSize.parseVolumeOrNone("1TB")).contains(StorageSize.ofGigabytes(1000));
  }

  @Test
  void parseVolumeOrNone_fiveGigabytes_isRejected() {
    assertThatThrownBy(() -> StorageSize.parseVolumeOrNone("5GB"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("or 0 for no volume");
    assertThatThrownBy(() -> StorageSize.parseVolumeOrNone("0PB"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown unit 'PB'");
  }

  @Test
  void parseContainerDisk_acceptsOneGigabyte() {
    assertThat(StorageSize.parseContainerDisk("1GB").gigabytes()).isEqualTo(1);
    assertThat(StorageSize.parseContainerDisk("20").gigabytes()).isEqualTo(20);
    assertThatThrownBy(() -> StorageSize.parseContainerDisk("0GB"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void toString_parsesBack() {
    StorageSize size = StorageSize.parse("1TiB");

    assertThat(size.toString()).isEqualTo("1100GB");
    assertThat(StorageSize.parse(size.toString())).isEqualTo(size);
  }

  @Test
  void ofGigabytes_zero_isRejected() {
    assertThatThrownBy(() -> StorageSize.ofGigabytes(0)).isInstanceOf(InvalidInputException.class);
  }
}

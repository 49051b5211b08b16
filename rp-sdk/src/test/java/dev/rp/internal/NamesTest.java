package dev.rp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void configKey_valid_isReturned() {
    for (String key : List.of("path", "path2", "_x", "data.dir", "a-b", "A_1")) {
      assertThat(Names.requireValidConfigKey(key)).isEqualTo(key);
    }
  }

  @Test
  void configKey_invalid_namesTheKey() {
    for (String key : List.of("", "2path", "-a", ".a", "a b", "a=b", "päth", "a/b")) {
      assertThatThrownBy(() -> Names.requireValidConfigKey(key))
          .as(key)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("'" + key + "'");
    }
  }

  @Test
  void configKey_null_isRejected() {
    assertThatThrownBy(() -> Names.requireValidConfigKey(null))
        .isInstanceOf(InvalidInputException.class);
  }

  @org.junit.jupiter.api.Test
  void aliasPattern_tooLongForLargeNumbers_isRejected() {
    String pattern = "a".repeat(60) + "-{i}";

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Names.requireValidAliasPattern(pattern))
        .isInstanceOf(dev.rp.InvalidInputException.class)
        .hasMessageContaining("too long");
  }
}

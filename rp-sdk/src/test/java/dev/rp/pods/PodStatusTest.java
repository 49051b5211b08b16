package dev.rp.pods;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PodStatusTest {

  @Test
  void fromApi_knownValue_mapsToConstant() {
    assertThat(PodStatus.fromApi("RUNNING")).isEqualTo(PodStatus.RUNNING);
    assertThat(PodStatus.fromApi("exited")).isEqualTo(PodStatus.EXITED);
  }

  @Test
  void fromApi_futureValue_isUnknown() {
    assertThat(PodStatus.fromApi("HIBERNATING")).isEqualTo(PodStatus.UNKNOWN);
    assertThat(PodStatus.fromApi(null)).isEqualTo(PodStatus.UNKNOWN);
  }
}

package dev.rp.cli;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class CdsTrainingTest {

  @Test
  void main_runsWithoutNetworkOrError() {
    // The launcher discards the training run's output, so a failure there would go unseen.
    assertThatCode(() -> CdsTraining.main(new String[0])).doesNotThrowAnyException();
  }
}

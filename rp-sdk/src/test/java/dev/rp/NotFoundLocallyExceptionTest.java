package dev.rp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotFoundLocallyExceptionTest {

  @Test
  void message_noAliases_saysNoPodsTracked() {
    assertThat(new NotFoundLocallyException("alias", "nosuch", List.of()).getMessage())
        .isEqualTo("Unknown alias 'nosuch': no pods are tracked yet.");
  }

  @Test
  void message_noTemplates_namesKindInPlural() {
    assertThat(new NotFoundLocallyException("template", "gpu", List.of()).getMessage())
        .isEqualTo("Unknown template 'gpu': there are no templates yet.");
  }

  @Test
  void message_knownAliases_listsThem() {
    assertThat(new NotFoundLocallyException("alias", "x", List.of("a", "b")).getMessage())
        .isEqualTo("Unknown alias 'x'. Known aliases: a, b");
  }
}

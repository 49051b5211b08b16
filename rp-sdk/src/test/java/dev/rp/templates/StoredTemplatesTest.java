package dev.rp.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rp.AlreadyExistsException;
import dev.rp.InvalidInputException;
import dev.rp.NotFoundLocallyException;
import dev.rp.store.Stores;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredTemplatesTest {
  private final Templates templates = Templates.of(Stores.inMemory().templates());

  private static PodTemplate template(String identifier, String gpu) {
    return PodTemplate.builder()
        .identifier(identifier)
        .aliasPattern(identifier + "-{i}")
        .gpuSpec(gpu)
        .storageSpec("100GB")
        .build();
  }

  @Test
  void list_empty_hasTheFourDefaults() {
    assertThat(templates.list())
        .extracting(PodTemplate::identifier)
        .containsExactly("2h100", "5090", "a40", "h100");
    assertThat(templates.isBuiltIn("h100")).isTrue();
  }

  @Test
  void save_sameIdAsDefault_shadowsIt() {
    templates.save(template("h100", "4xH100"), false);

    assertThat(templates.get("h100").gpuSpec()).isEqualTo("4xH100");
    assertThat(templates.isBuiltIn("h100")).isFalse();
    assertThat(templates.list()).hasSize(4);
  }

  @Test
  void delete_shadowingTemplate_bringsDefaultBack() {
    templates.save(template("h100", "4xH100"), false);

    assertThat(templates.delete("h100", false)).isTrue();
    assertThat(templates.get("h100").gpuSpec()).isEqualTo("h100");
  }

  @Test
  void delete_builtIn_isRejected() {
    assertThatThrownBy(() -> templates.delete("a40", false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("built in");
  }

  @Test
  void delete_missing_listsKnownOrIsFineWithMissingOk() {
    templates.save(template("train", "A40"), false);

    assertThatThrownBy(() -> templates.delete("nope", false))
        .isInstanceOf(NotFoundLocallyException.class)
        .hasMessageContaining("train");
    assertThat(templates.delete("nope", true)).isFalse();
  }

  @Test
  void save_existing_needsReplace() {
    templates.save(template("train", "A40"), false);

    assertThatThrownBy(() -> templates.save(template("train", "L4"), false))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("--force");
    assertThat(templates.save(template("train", "L4"), true).gpuSpec()).isEqualTo("L4");
  }

  @Test
  void save_invalidValues_areRejectedWithTheValue() {
    assertThatThrownBy(() -> templates.save(template("train", "0xA100"), false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("0xA100");
    PodTemplate noPlaceholder =
        PodTemplate.builder().from(template("train", "A40")).aliasPattern("train").build();
    assertThatThrownBy(() -> templates.save(noPlaceholder, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("{i}");
    PodTemplate badStorage =
        PodTemplate.builder().from(template("train", "A40")).storageSpec("5PB").build();
    assertThatThrownBy(() -> templates.save(badStorage, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("5PB");
    PodTemplate badConfigKey =
        PodTemplate.builder().from(template("train", "A40")).putConfig("my key", "x").build();
    assertThatThrownBy(() -> templates.save(badConfigKey, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'my key'");
  }

  @Test
  void get_unknown_listsKnownTemplates() {
    assertThatThrownBy(() -> templates.get("nope"))
        .isInstanceOf(NotFoundLocallyException.class)
        .hasMessageContaining("Known templates: 2h100, 5090, a40, h100");
  }

  @Test
  void nextAlias_takesLowestFreeNumber() {
    PodTemplate train = template("train", "A40");

    assertThat(Templates.nextAlias(train, Set.of())).isEqualTo("train-1");
    assertThat(Templates.nextAlias(train, Set.of("train-1", "train-3"))).isEqualTo("train-2");
  }
}

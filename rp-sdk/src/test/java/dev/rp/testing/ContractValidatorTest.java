package dev.rp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractValidatorTest {

  private final ContractValidator contract = ContractValidator.create();

  @Test
  void validate_conformingCreate_hasNoErrors() {
    String body = "{\"name\":\"a\",\"image\":\"i\",\"gpu\":{\"id\":\"g\",\"count\":1}}";

    assertThat(contract.validate("CreatePodRequest", body)).isEmpty();
  }

  @Test
  void validate_unevaluatedPropertyThroughAllOf_isError() {
    String body = "{\"name\":\"a\",\"image\":\"i\",\"imageName\":\"i\"}";

    assertThat(contract.validate("CreatePodRequest", body))
        .singleElement()
        .asString()
        .contains("'imageName'");
  }

  @Test
  void validate_ifThen_needsImageWithoutTemplate() {
    assertThat(contract.validate("CreatePodRequest", "{\"name\":\"a\"}"))
        .containsExactly("$: required property 'image' not found");
    assertThat(contract.validate("CreatePodRequest", "{\"name\":\"a\",\"templateId\":\"t\"}"))
        .isEmpty();
  }

  @Test
  void validate_anyOfObjectOrNull_rejectsNumber() {
    String sshKeysOnly = "{\"proxy\":null,\"direct\":5}";

    assertThat(contract.validate("PodSsh", sshKeysOnly)).isNotEmpty();
    assertThat(contract.validate("PodSsh", "{\"proxy\":null,\"direct\":null}")).isEmpty();
  }

  @Test
  void validate_problemWithoutDetail_isError() {
    assertThat(contract.validate("ErrorResponse", "{\"title\":\"Not Found\",\"status\":404}"))
        .containsExactly("$: required property 'detail' not found");
  }

  @Test
  void validate_invalidJson_isOneError() {
    assertThat(contract.validate("Pod", "{nope"))
        .singleElement()
        .asString()
        .startsWith("$: the body is not valid JSON");
    assertThat(contract.validate("Pod", "")).singleElement().asString().contains("empty");
  }

  @Test
  void validate_unknownSchema_isRejected() {
    assertThatThrownBy(() -> contract.validate("Nope", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Nope'");
  }
}

package dev.rp.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON documents against the schemas of RunPod's REST API v2 contract.
 *
 * <p>The schemas come from {@code contract/runpod-api-v2.schema.json} on the test class path: one
 * JSON Schema 2020-12 document whose {@code $defs} hold the request and response schemas of the
 * OpenAPI document, such as {@code Pod}, {@code CreatePodRequest} and {@code ErrorResponse}. {@code
 * contract/vendor-schemas.py} regenerates it. The validator applies {@code unevaluatedProperties},
 * {@code allOf}, {@code anyOf} and {@code if}/{@code then} as the contract uses them.
 *
 * <pre>{@code
 * List<String> errors = ContractValidator.create().validate("Pod", json);
 * assertThat(errors).isEmpty();
 * }</pre>
 *
 * <p>Instances are thread-safe.
 */
public final class ContractValidator {

  /** Class path location of the vendored contract document. */
  public static final String DOCUMENT = "contract/runpod-api-v2.schema.json";

  private static final ContractValidator SHARED = new ContractValidator();

  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  private ContractValidator() {}

  /**
   * Returns the shared validator, which compiles each schema once on first use.
   *
   * @return the validator
   */
  public static ContractValidator create() {
    return SHARED;
  }

  /**
   * Validates a JSON document against one schema of the contract.
   *
   * @param schemaName the name of a schema under {@code $defs}, such as {@code "Pod"}
   * @param json the document to check
   * @return one message per violation, such as {@code "$.bogus: property 'bogus' is not evaluated
   *     ..."}, sorted by location; empty when the document conforms, or a single message when it is
   *     not JSON at all
   * @throws IllegalArgumentException if the contract has no schema of that name
   */
  public List<String> validate(String schemaName, String json) {
    JsonSchema schema = schemas.computeIfAbsent(schemaName, this::load);
    if (json == null || json.isBlank()) {
      return List.of("$: the body is empty, but the schema " + schemaName + " needs a document");
    }
    Set<ValidationMessage> messages;
    try {
      messages = schema.validate(json, InputFormat.JSON);
    } catch (IllegalArgumentException | JsonSchemaException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return List.of("$: the body is not valid JSON: " + firstLine(cause.getMessage()));
    }
    List<ValidationMessage> sorted = new ArrayList<>(messages);
    sorted.sort(Comparator.comparing(message -> message.getInstanceLocation().toString()));
    List<String> result = new ArrayList<>();
    for (ValidationMessage message : sorted) {
      result.add(message.getMessage());
    }
    return result;
  }

  private JsonSchema load(String schemaName) {
    JsonSchema document = factory.getSchema(SchemaLocation.of("classpath:" + DOCUMENT));
    if (!document.getSchemaNode().path("$defs").has(schemaName)) {
      throw new IllegalArgumentException(
          "No schema named '"
              + schemaName
              + "' in "
              + DOCUMENT
              + ": add it to ROOTS in "
              + "vendor-schemas.py and run the script again");
    }
    JsonSchema schema =
        factory.getSchema(SchemaLocation.of("classpath:" + DOCUMENT + "#/$defs/" + schemaName));
    schema.initializeValidators();
    return schema;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unreadable input";
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}

package dev.rp.internal.api;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/** Validates request bodies against the contract's schemas in {@code request-schemas.json}. */
final class RequestSchemas {

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private RequestSchemas() {}

  /** Returns the violations of {@code json} against the contract's schema {@code name}. */
  static List<String> violations(String name, String json) {
    JsonSchema schema =
        FACTORY.getSchema(
            SchemaLocation.of("classpath:api-examples/request-schemas.json#/$defs/" + name));
    return schema.validate(json, InputFormat.JSON).stream()
        .map(ValidationMessage::getMessage)
        .toList();
  }
}

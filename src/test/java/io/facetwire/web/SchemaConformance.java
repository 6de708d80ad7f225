package io.facetwire.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds a real JSON answer against an OpenAPI 3.1 schema as the reference parser resolved it: every
 * required field present with its type, and every field answered documented (objects are closed
 * unless they say what their additional properties are). Lists the problems, each with its JSON path.
 */
final class SchemaConformance {

  private SchemaConformance() {}

  static List<String> problems(JsonNode value, Schema<?> schema) {
    List<String> problems = new ArrayList<>();
    check(value, schema, "$", problems);
    return problems;
  }

  private static void check(JsonNode value, Schema<?> schema, String where, List<String> problems) {
    if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
      for (Schema<?> option : schema.getOneOf()) {
        if (problems(value, option).isEmpty()) {
          return;
        }
      }
      problems.add(where + ": matches none of its oneOf schemas: " + value);
      return;
    }
    Set<String> types = types(schema);
    String actual = typeOf(value);
    boolean typeOk = types.isEmpty() || types.contains(actual)
        || ("integer".equals(actual) && types.contains("number"));
    if (!typeOk) {
      problems.add(where + ": is " + actual + ", documented as " + types);
      return;
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty() && value.isTextual()
        && !schema.getEnum().contains(value.asText())) {
      problems.add(where + ": '" + value.asText() + "' is not one of " + schema.getEnum());
    }
    if (value.isObject()) {
      checkObject(value, schema, where, problems);
    } else if (value.isArray() && schema.getItems() != null) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.getItems(), where + "[" + i + "]", problems);
      }
    }
  }

  private static void checkObject(JsonNode value, Schema<?> schema, String where, List<String> problems) {
    Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
    for (String required : schema.getRequired() == null ? List.<String>of() : schema.getRequired()) {
      if (!value.has(required)) {
        problems.add(where + "." + required + ": documented as required, missing from the answer");
      }
    }
    Object additional = schema.getAdditionalProperties();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Schema<?> declared = properties.get(field.getKey());
      if (declared != null) {
        check(field.getValue(), declared, where + "." + field.getKey(), problems);
      } else if (additional instanceof Schema<?> extra) {
        check(field.getValue(), extra, where + "." + field.getKey(), problems);
      } else if (!Boolean.TRUE.equals(additional)) {
        problems.add(where + "." + field.getKey() + ": answered but not documented");
      }
    }
  }

  private static Set<String> types(Schema<?> schema) {
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return schema.getTypes();
    }
    return schema.getType() == null ? Set.of() : Set.of(schema.getType());
  }

  private static String typeOf(JsonNode v) {
    if (v.isNull()) {
      return "null";
    } else if (v.isObject()) {
      return "object";
    } else if (v.isArray()) {
      return "array";
    } else if (v.isTextual()) {
      return "string";
    } else if (v.isBoolean()) {
      return "boolean";
    } else if (v.isIntegralNumber()) {
      return "integer";
    } else if (v.isNumber()) {
      return "number";
    }
    return "unknown";
  }
}

package io.facetwire.search.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hit's {@code _source} as the result line needs it: each top-level field either one text (a string,
 * number or boolean, as written) or a list of texts (an array of them). Objects are not kept: no stored
 * field the search shows is one.
 */
public final class StoredFields {

  public static final StoredFields NONE = new StoredFields(Map.of());

  /** Field name to a {@code String} or a {@code List<String>}. */
  private final Map<String, Object> values;

  StoredFields(Map<String, Object> values) {
    this.values = values;
  }

  /** The same fields from a tree the client's typed response holds (hits read outside the search path). */
  public static StoredFields of(ObjectNode source) {
    if (source == null) {
      return NONE;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    source.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (v.isArray()) {
        List<String> list = new ArrayList<>(v.size());
        v.forEach(item -> {
          if (item.isValueNode() && !item.isNull()) {
            list.add(item.asText());
          }
        });
        values.put(e.getKey(), list);
      } else if (v.isValueNode() && !v.isNull()) {
        values.put(e.getKey(), v.asText());
      }
    });
    return new StoredFields(values);
  }

  /** A field's one text; "" when it is absent, null or a list. */
  public String text(String field) {
    return values.get(field) instanceof String s ? s : "";
  }

  /** A list field's texts; a single non-blank text as a list of one (a facet of the article's own field). */
  public List<String> strings(String field) {
    Object v = values.get(field);
    if (v instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<String> strings = (List<String>) list;
      return Collections.unmodifiableList(strings);
    }
    if (v instanceof String s && !s.isBlank()) {
      return List.of(s);
    }
    return List.of();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}

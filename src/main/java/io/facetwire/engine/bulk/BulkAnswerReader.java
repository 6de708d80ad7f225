package io.facetwire.engine.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code _bulk} answer with Jackson's streaming parser, keeping per item only what the import
 * acts on: the status and, for a failed item, the error's type and reason. Everything else the node
 * says (versions, shards, sequence numbers, an error's causes) is skipped without building objects.
 */
public final class BulkAnswerReader {

  private static final JsonFactory JSON = new JsonFactory();

  private BulkAnswerReader() {}

  /**
   * The answers in the order of the request's operations.
   *
   * @throws IOException when the answer is not a bulk answer or holds another number of items than
   *                     {@code expected} (then no item can be matched to its operation)
   */
  public static List<ItemAnswer> read(InputStream in, int expected) throws IOException {
    List<ItemAnswer> answers = new ArrayList<>(expected);
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("The bulk answer is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("items".equals(field) && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            answers.add(item(p));
          }
        } else {
          p.skipChildren();
        }
      }
    }
    if (answers.size() != expected) {
      throw new IOException("The bulk answer has " + answers.size() + " items for " + expected + " operations");
    }
    return answers;
  }

  /** {"create": {"status": 409, "error": {"type": …, "reason": …}, …}}: the parser is at the outer "{". */
  private static ItemAnswer item(JsonParser p) throws IOException {
    int status = 0;
    String type = null;
    String reason = null;
    if (p.nextToken() != JsonToken.FIELD_NAME || p.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("A bulk answer item is not {action: {…}}");
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if ("status".equals(field)) {
        status = p.getIntValue();
      } else if ("error".equals(field) && value == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String errorField = p.currentName();
          JsonToken errorValue = p.nextToken();
          if ("type".equals(errorField) && errorValue == JsonToken.VALUE_STRING) {
            type = p.getText();
          } else if ("reason".equals(errorField) && errorValue == JsonToken.VALUE_STRING) {
            reason = p.getText();
          } else {
            p.skipChildren();
          }
        }
      } else if ("error".equals(field) && value == JsonToken.VALUE_STRING) {
        type = "error";
        reason = p.getText();
      } else {
        p.skipChildren();
      }
    }
    // The item's closing "}" was read by the loop above; now the outer object's.
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      p.nextToken();
      p.skipChildren();
    }
    return new ItemAnswer(status, type, reason);
  }
}

package io.facetwire.engine.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NDJSON body: the documents' bytes as given, after action lines whose index and id are escaped. */
class NdjsonBodyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachOperationIsAnActionLineAndItsDocumentAsGiven() throws Exception {
    byte[] doc1 = "{\"title\":\"Caf\u00e9 \\\"news\\\"\\nline\"}".getBytes(StandardCharsets.UTF_8);
    byte[] doc2 = "{\"title\":\"b\"}".getBytes(StandardCharsets.UTF_8);
    String oddId = "a\"quote\\back\nnew\u2028line \u00fcber";
    NdjsonBody body = NdjsonBody.of("fw-articles", List.of(BulkWrite.create(oddId, doc1), BulkWrite.index("2", doc2)));

    String text = body.toString();
    assertEquals(body.length(), text.getBytes(StandardCharsets.UTF_8).length);
    String[] lines = text.split("\n", -1);
    assertEquals(5, lines.length, text);
    assertEquals("", lines[4], "the body ends with a newline");
    JsonNode create = JSON.readTree(lines[0]);
    assertEquals("fw-articles", create.path("create").path("_index").asText());
    assertEquals(oddId, create.path("create").path("_id").asText());
    assertEquals(new String(doc1, StandardCharsets.UTF_8), lines[1]);
    assertEquals("2", JSON.readTree(lines[2]).path("index").path("_id").asText());
    assertEquals("{\"title\":\"b\"}", lines[3]);
  }
}

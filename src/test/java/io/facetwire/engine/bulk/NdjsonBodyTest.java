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
    assertEquals(body.getContentLength(), text.getBytes(StandardCharsets.UTF_8).length);
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

  /**
   * What the client's I/O thread sends: the producer gives the same bytes as the body's text however few
   * bytes the connection takes per write (here 1,000, then none until called again), completes once, and
   * gives them all again after {@code close()} (a request the client sends again).
   */
  @Test
  void theStreamedBodyIsTheWholeBodyWhateverTheConnectionTakes() throws Exception {
    List<BulkWrite> writes = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      byte[] doc = ("{\"body\":\"" + "x".repeat(i * 37 % 3000) + "\"}").getBytes(StandardCharsets.UTF_8);
      writes.add(i % 7 == 0 ? BulkWrite.index("id-" + i, doc) : BulkWrite.create("id-" + i, doc));
    }
    NdjsonBody body = NdjsonBody.of("fw-articles", writes);
    byte[] expected = body.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals(expected.length, body.getContentLength());
    for (int round = 0; round < 2; round++) {
      SlowConnection connection = new SlowConnection(1000);
      int calls = 0;
      while (!connection.isCompleted()) {
        body.produceContent(connection, null);
        calls++;
        org.junit.jupiter.api.Assertions.assertTrue(calls < 10_000, "the producer makes progress");
      }
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected, connection.received.toByteArray());
      org.junit.jupiter.api.Assertions.assertTrue(calls > expected.length / 1000, "taken in many writes: " + calls);
      body.close();
    }
    java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
    body.writeTo(written);
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, written.toByteArray());
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, body.getContent().readAllBytes());
  }

  /** A connection that takes at most {@code perCall} bytes per producer call (then its buffer is full). */
  private static final class SlowConnection implements org.apache.http.nio.ContentEncoder {
    private final int perCall;
    private int takenThisCall;
    private boolean completed;
    final java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();

    SlowConnection(int perCall) {
      this.perCall = perCall;
    }

    @Override
    public int write(java.nio.ByteBuffer src) {
      if (completed) {
        throw new IllegalStateException("written after complete()");
      }
      int n = Math.min(src.remaining(), perCall - takenThisCall);
      for (int i = 0; i < n; i++) {
        received.write(src.get());
      }
      takenThisCall += n;
      return n;
    }

    @Override
    public void complete() {
      completed = true;
    }

    @Override
    public boolean isCompleted() {
      // Each call of the producer is a new chance to write: the buffer drained meanwhile.
      takenThisCall = 0;
      return completed;
    }
  }
}

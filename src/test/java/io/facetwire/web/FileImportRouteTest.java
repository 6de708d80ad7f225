package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.ingest.FileStream;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /api/import/files}, where the import command hands whole files to a running server:
 * every format the command reads, per-record failures named by file, and the same admin rule as the
 * article API.
 */
class FileImportRouteTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  @Test
  void filesOfEveryFormatAreReadExtractedAndIndexedWithFailuresNamedByFile() throws IOException {
    byte[] body = stream("reut2-000.sgm", resource("fixtures/reut2-000.sgm"),
        "errors.jsonl", resource("fixtures/malformed/articles-with-errors.jsonl"),
        "moscow.txt", "Talks in Moscow\n\nVladimir Putin met the German chancellor in Moscow.".getBytes(StandardCharsets.UTF_8));
    Http.Response r = send(server.api(), "/api/import/files?source=Wire&date=2021-05-01", body);
    assertEquals(200, r.status(), r.body());
    JsonNode summary = r.json();
    assertEquals(1010, summary.path("read").asInt(), r.body());
    assertEquals(1005, summary.path("indexed").asInt(), r.body());
    assertEquals(5, summary.path("failed").size(), r.body());
    JsonNode first = summary.path("failed").get(0);
    assertEquals("errors.jsonl", first.path("file").asText(), r.body());
    assertTrue(first.path("line").asInt() > 0, r.body());

    JsonNode moscow = server.http().get("/api/search?q=Talks+Moscow&size=1").json();
    JsonNode hit = moscow.path("hits").get(0);
    assertEquals("Talks in Moscow", hit.path("title").asText());
    assertEquals("Wire", hit.path("source").asText(), "the command's --source reaches the plain text reader");
    assertTrue(hit.path("persons").toString().contains("Vladimir Putin"), "extracted on the server");
    assertTrue(server.http().get("/api/search?q=cocoa+Bahia&size=1").json().path("total").asInt() >= 1);

    JsonNode again = send(server.api(), "/api/import/files", stream("reut2-000.sgm",
        resource("fixtures/reut2-000.sgm"))).json();
    assertEquals(1000, again.path("unchanged").asInt(), again.toString());
  }

  @Test
  void onlyAdminsAndTheLocalTokenMayImport() throws IOException {
    byte[] body = stream("a.txt", "Title\n\nBody".getBytes(StandardCharsets.UTF_8));
    assertEquals(401, send(server.http(), "/api/import/files", body).status());
    assertEquals(401, send(server.http().withBearer("not-the-token-0123456789"), "/api/import/files", body).status());
    assertEquals(400, send(server.api(), "/api/import/files?date=yesterday-ish", body).status());

    // serve leaves a token of its own in the data folder for the import command beside it.
    String local = "local-import-token-0123456789abcdef";
    io.javalin.Javalin app = App.create(server.facetwire(), local).start("127.0.0.1", 0);
    try {
      Http http = new Http("http://127.0.0.1:" + app.port());
      assertEquals(200, send(http.withBearer(local), "/api/import/files", body).status());
      assertEquals(200, send(http.withBearer(TestServer.API_TOKEN), "/api/import/files", body).status());
      assertEquals(401, send(http.withBearer(local + "x"), "/api/import/files", body).status());
    } finally {
      app.stop();
    }
  }

  @Test
  void aBodyThatIsNotAFileStreamIsReportedNotAServerError() {
    Http.Response r = send(server.api(), "/api/import/files", "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.status(), r.body());
    JsonNode failed = r.json().path("failed");
    assertEquals(1, failed.size(), r.body());
    assertTrue(failed.get(0).path("reason").asText().startsWith("the upload is not a complete file stream"), r.body());
  }

  /**
   * Session 27: a stream cut inside a file's name or right after it was answered "could not be read: null" and "the
   * upload is not a complete file stream: null" (an end of stream has no message of its own).
   */
  @Test
  void aStreamCutShortSaysWhereNotNull() {
    byte[] name = "a.txt".getBytes(StandardCharsets.UTF_8);
    java.nio.ByteBuffer afterName = java.nio.ByteBuffer.allocate(4 + 2 + name.length).putInt(-1)
        .putShort((short) name.length).put(name);
    java.nio.ByteBuffer inName = java.nio.ByteBuffer.allocate(4 + 2 + 2).putInt(-1).putShort((short) 10)
        .put((byte) 'a').put((byte) 'b');
    for (byte[] body : new byte[][] {afterName.array(), inName.array()}) {
      Http.Response r = send(server.api(), "/api/import/files", body);
      assertEquals(200, r.status(), r.body());
      assertTrue(r.json().path("failed").size() > 0, r.body());
      for (JsonNode f : r.json().path("failed")) {
        String reason = f.path("reason").asText();
        assertTrue(!reason.contains("null") && reason.contains("ended"), reason);
      }
    }
  }

  private static Http.Response send(Http http, String path, byte[] body) {
    return http.send(http.request(path).header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  private static byte[] stream(Object... nameAndBytes) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(body);
    for (int i = 0; i < nameAndBytes.length; i += 2) {
      FileStream.writeFile(out, (String) nameAndBytes[i], new ByteArrayInputStream((byte[]) nameAndBytes[i + 1]));
    }
    return body.toByteArray();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = FileImportRouteTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}

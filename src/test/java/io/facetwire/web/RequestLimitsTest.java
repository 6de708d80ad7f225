package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.FacetwireConfig;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12, High 1 and Lows 7 and 13: what a request may send. Each test sends the attack first (a
 * 57 MB body to {@code /api/extract} took the heap from 750 MB to 1.6 GB; nested JSON gave a 500) and
 * checks the answer: 413 or 400 with a JSON error, the good records kept.
 */
class RequestLimitsTest {

  static final long IMPORT_BODY = 256 * 1024;
  static final long EXTRACT_BODY = 64 * 1024;
  static final int ARTICLE_CHARS = 5_000;

  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> {
    FacetwireConfig.Limits d = FacetwireConfig.Limits.defaults();
    return config.withLimits(new FacetwireConfig.Limits(IMPORT_BODY,
        EXTRACT_BODY, d.otherBody(), ARTICLE_CHARS, d.searchTimeout(), Duration.ZERO, d.expensivePerAddress(),
        d.expensiveTotal(), d.searchesPerAddress(), d.searchesTotal(), d.searchWait()));
  });
  static final Http http = server.http();
  static final Http api = server.api();

  @Test
  void anOversizedExtractBodyIsRefusedWith413BeforeItIsRead() {
    String body = "{\"title\":\"t\",\"body\":\"" + "John Smith met John Adam Brown. ".repeat(4_000) + "\"}";
    Http.Response r = http.post("/api/extract", "application/json", body);
    assertEquals(413, r.status(), r.body());
    assertTrue(r.json().path("error").asText().contains("FACETWIRE_MAX_EXTRACT_BODY"), r.body());
  }

  @Test
  void anOversizedBodyWithoutALengthIsCutOffAt413() {
    byte[] body = ("{\"title\":\"t\",\"body\":\"" + "x".repeat((int) EXTRACT_BODY * 2) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    // ofInputStream has no length: the body goes chunked, so only counting while reading can stop it.
    Http.Response r = http.send(http.request("/api/extract").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    assertEquals(413, r.status(), r.body());
    assertTrue(r.json().path("error").asText().contains("64 KB"), r.body());
  }

  @Test
  void anExtractBodyWithinTheLimitIsAnswered() {
    Http.Response r = http.post("/api/extract", "application/json",
        "{\"title\":\"Talks\",\"body\":\"Vladimir Putin met Angela Merkel in Moscow.\"}");
    assertEquals(200, r.status(), r.body());
    assertTrue(r.json().path("persons").toString().contains("Vladimir Putin"), r.body());
  }

  @Test
  void anExtractFieldOfTheWrongTypeIsNamedInA400() {
    // Read as text these were "Infinity" and "" and answered 200 with no facets: the caller never learnt why.
    Http.Response number = http.post("/api/extract", "application/json", "{\"title\":1e999999,\"body\":\"Putin\"}");
    assertEquals(400, number.status(), number.body());
    assertEquals("\"title\" must be a string, found a number", number.json().path("error").asText(), number.body());
    Http.Response array = http.post("/api/extract", "application/json", "{\"title\":\"t\",\"body\":[\"Putin\"]}");
    assertEquals(400, array.status(), array.body());
    assertTrue(array.json().path("error").asText().startsWith("\"body\" must be a string"), array.body());
  }

  @Test
  void anOversizedImportBodyIsRefusedWith413() {
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; ndjson.length() <= IMPORT_BODY; i++) {
      ndjson.append("{\"id\":\"big-").append(i).append("\",\"title\":\"t\",\"body\":\"").append("y".repeat(900)).append("\"}\n");
    }
    Http.Response r = api.post("/api/articles", "application/x-ndjson", ndjson.toString());
    assertEquals(413, r.status(), r.body());
    assertTrue(r.json().path("error").asText().contains("FACETWIRE_MAX_IMPORT_BODY"), r.body());
    assertEquals(404, http.get("/api/articles/big-0").status(), "nothing of a refused body is stored");
  }

  @Test
  void jsonNestedTooDeepIsA400NamingTheLimitNotA500() {
    String deep = "[".repeat(2_000) + "]".repeat(2_000);
    Http.Response r = api.post("/api/articles", "application/json", deep);
    assertEquals(400, r.status(), r.body());
    assertTrue(r.json().path("failed").get(0).path("reason").asText().contains("nested deeper than 64"), r.body());

    Http.Response nd = api.post("/api/articles", "application/x-ndjson",
        "{\"title\":\"ok\",\"body\":\"fine\",\"id\":\"deep-ok\"}\n{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}\n");
    assertEquals(207, nd.status(), nd.body());
    assertEquals(2, nd.json().path("failed").get(0).path("line").asInt(), nd.body());

    Http.Response extract = http.post("/api/extract", "application/json", "{\"body\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}");
    assertEquals(400, extract.status(), extract.body());
    assertTrue(extract.json().path("error").asText().contains("nested deeper"), extract.body());
  }

  @Test
  void anArticleOverTheSizeLimitIsCutWithANote() {
    String body = "Vladimir Putin spoke in Moscow. " + "word ".repeat(3_000);
    Http.Response r = api.post("/api/articles", "application/json",
        "{\"id\":\"long-one\",\"title\":\"A long one\",\"body\":\"" + body + "\"}");
    assertEquals(200, r.status(), r.body());
    assertEquals(1, r.json().path("indexed").asInt());
    JsonNode note = r.json().path("notes").get(0);
    assertEquals("record 1", note.path("location").asText(), r.body());
    assertTrue(note.path("note").asText().contains("body cut from " + String.format("%,d", body.strip().length())), r.body());
    String stored = http.get("/api/articles/long-one").json().path("body").asText();
    assertTrue(stored.length() <= ARTICLE_CHARS && stored.length() > ARTICLE_CHARS * 9 / 10, "stored " + stored.length());
    assertTrue(body.startsWith(stored), "the start of the body is kept as it was");
  }

  @Test
  void anExportPastItsTimeBudgetSaysSoInItsLastLine() {
    // This server's export budget is zero: the export stops before its first page, and says so.
    api.post("/api/articles", "application/json", "{\"id\":\"export-me\",\"title\":\"Export\",\"body\":\"Some text.\"}");
    Http.Response csv = http.get("/search.csv");
    assertEquals(200, csv.status());
    String[] lines = csv.body().strip().split("\r?\n");
    assertTrue(lines[0].startsWith("id,published_at"), csv.body());
    assertTrue(lines[lines.length - 1].startsWith("\"# partial: the export ran out of its time budget"), csv.body());
    // Every record, the note too, has the header's number of fields (RFC 4180 2.4): a strict reader takes the file.
    java.util.List<org.apache.commons.csv.CSVRecord> records;
    try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(csv.body(),
        org.apache.commons.csv.CSVFormat.RFC4180)) {
      records = parser.getRecords();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    int columns = records.get(0).size();
    for (org.apache.commons.csv.CSVRecord record : records) {
      assertEquals(columns, record.size(), "fields of record " + record.getRecordNumber() + ": " + record);
    }
  }

  @Test
  void invalidUtf8IsRefusedAlikeInNdjsonAndInAJsonBody() {
    byte[] bad = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', ',',
        '"', 'b', 'o', 'd', 'y', '"', ':', '"', 'x', '"', '}'};
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    ndjson.writeBytes("{\"id\":\"utf-good\",\"title\":\"Good\",\"body\":\"caf\u00e9 au lait\"}\n".getBytes(StandardCharsets.UTF_8));
    ndjson.writeBytes(bad);
    ndjson.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    Http.Response r = api.send(api.request("/api/articles").header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson.toByteArray())).build());
    assertEquals(207, r.status(), r.body());
    JsonNode failed = r.json().path("failed").get(0);
    assertEquals(2, failed.path("line").asInt(), r.body());
    assertTrue(failed.path("reason").asText().contains("UTF-8"), r.body());
    assertEquals("caf\u00e9 au lait", http.get("/api/articles/utf-good").json().path("body").asText());

    Http.Response json = api.send(api.request("/api/articles").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bad)).build());
    assertEquals(400, json.status(), json.body());
    assertTrue(json.json().path("failed").get(0).path("reason").asText().contains("UTF-8"), json.body());
  }
}

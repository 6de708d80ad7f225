package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordNote;
import io.facetwire.ingest.ImportSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import command reads the server's file and answer with a streaming parser instead of the shared
 * mapper (start-up: issue 15); what it reads must be what the mapper read, field for field.
 */
class ServerJsonTest {

  private static final List<String> ANSWERS = List.of(
      // As POST /api/import/files answers (ImportAnswer.ofFiles): every record with its file, notes listed.
      "{\"read\":1009,\"indexed\":1004,\"unchanged\":0,\"failed\":[{\"file\":\"a.jsonl\",\"location\":\"\","
          + "\"line\":4,\"reason\":\"invalid JSON: Unexpected character ('}')\"},{\"file\":\"b.sgm\","
          + "\"location\":\"NEWID=17\",\"line\":230,\"reason\":\"no text\"}],\"notes\":[{\"file\":\"c.csv\","
          + "\"location\":\"row 3\",\"line\":3,\"note\":\"date taken from --date\"}]}",
      "{\"read\":0,\"indexed\":0,\"unchanged\":0,\"failed\":[],\"notes\":[]}",
      // An answer with an error (a body not read to its end), a field the command does not know, fields
      // in another order, a record without a file, a null text and a number given as text.
      "{\"error\":\"the upload stopped\",\"extra\":{\"x\":[1,2,{\"y\":null}]},\"notes\":[{\"location\":\"l\","
          + "\"line\":\"7\",\"note\":null}],\"unchanged\":5,\"failed\":[{\"reason\":\"bad \\\"quote\\\" ü\","
          + "\"line\":2}],\"indexed\":\"3\",\"read\":9}",
      "{}");

  @Test
  void theSummaryIsWhatTheSharedMapperRead() throws IOException {
    for (String answer : ANSWERS) {
      assertEquals(mapperSummary(answer), ServerJson.summary(stream(answer)), answer);
    }
    ImportSummary first = ServerJson.summary(stream(ANSWERS.get(0)));
    assertEquals(new RecordError("b.sgm", "NEWID=17", 230, "no text"), first.failures().get(1));
    assertEquals("read 1009, indexed 1004, unchanged 0, failed 2", first.oneLine());
  }

  @Test
  void theServerFileIsWhatTheSharedMapperRead() throws IOException {
    Path data = Files.createTempDirectory("facetwire-server-json");
    RunningFacetwire.Published both = new RunningFacetwire.Published("http://127.0.0.1:9200",
        "http://127.0.0.1:8080", "t0k\"en");
    RunningFacetwire.publish(data, both);
    try (InputStream in = Files.newInputStream(data.resolve(RunningFacetwire.FILE))) {
      assertEquals(both, ServerJson.published(in));
    }
    // The node only (written before the server listens: null fields are left out), and unknown fields.
    RunningFacetwire.publish(data, new RunningFacetwire.Published("http://127.0.0.1:9200", null, "t"));
    assertEquals(java.util.Optional.of("http://127.0.0.1:9200"), RunningFacetwire.nodeUrl(data));
    String odd = "{\"future\":{\"a\":[1]},\"server\":\"http://h:1\",\"token\":\"t\",\"node\":null}";
    assertEquals(Json.mapper().readValue(odd, RunningFacetwire.Published.class), ServerJson.published(stream(odd)));
    assertNull(ServerJson.published(stream("null")));
  }

  @Test
  void aDamagedServerFileIsNoServer() throws IOException {
    assertThrows(IOException.class, () -> ServerJson.published(stream("[\"http://h:1\"]")));
    assertThrows(IOException.class, () -> ServerJson.published(stream("{\"server\":\"http://h:1\"")));
    Path data = Files.createTempDirectory("facetwire-server-json");
    Files.writeString(data.resolve(RunningFacetwire.FILE), "{\"server\":\"http://127.0.0.1:1\",\"tok");
    assertTrue(RunningFacetwire.findServer(data).isEmpty());
    assertTrue(RunningFacetwire.nodeUrl(data).isEmpty());
  }

  @Test
  void anAnswerThatIsNotAnObjectIsAnError() {
    assertThrows(IOException.class, () -> ServerJson.summary(stream("[]")));
    assertThrows(IOException.class, () -> ServerJson.summary(stream("<html>502</html>")));
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** What RemoteImport did before: the answer read as a tree by the shared mapper. */
  private static ImportSummary mapperSummary(String answer) throws IOException {
    JsonNode json = Json.mapper().readTree(answer);
    List<RecordError> failures = new ArrayList<>();
    for (JsonNode f : json.path("failed")) {
      failures.add(new RecordError(f.path("file").asText(""), f.path("location").asText(""),
          f.path("line").asInt(0), f.path("reason").asText("")));
    }
    List<RecordNote> notes = new ArrayList<>();
    for (JsonNode n : json.path("notes")) {
      notes.add(new RecordNote(n.path("file").asText(""), n.path("location").asText(""),
          n.path("line").asInt(0), n.path("note").asText("")));
    }
    return new ImportSummary(json.path("read").asLong(), json.path("indexed").asLong(),
        json.path("unchanged").asLong(), failures, notes);
  }
}

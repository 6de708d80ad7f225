package io.facetwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.facet.Facet;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * {@code POST /api/extract} on the real server and {@code facetwire extract} give one shape for one
 * article: the command's line is the API's answer with the title first; every facet is a key, in the
 * catalog's order, and a given source fills the source facet in both.
 */
class ExtractOutputTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  @Test
  void theCommandPrintsTheApisAnswerWithItsTitleFirst() throws Exception {
    String title = "EU extends sanctions on Syria";
    String body = "The European Union extended its sanctions on Syria for another year on Monday. "
        + "President Vladimir Putin said in Moscow that Russia would not follow.";
    ObjectNode request = Json.mapper().createObjectNode().put("title", title).put("body", body).put("source", "RT");
    for (String explain : List.of("", "?explain=true")) {
      Http.Response r = server.http().post("/api/extract" + explain, "application/json", request.toString());
      assertEquals(200, r.status(), r.body());
      JsonNode api = r.json();
      List<String> keys = new ArrayList<>();
      api.fieldNames().forEachRemaining(keys::add);
      List<String> expected = new ArrayList<>(Facet.STANDARD.stream().map(Facet::field).toList());
      if (!explain.isEmpty()) {
        expected.add("explanation");
      }
      assertEquals(expected, keys);
      assertEquals("[\"RT\"]", api.path("source").toString(), "the given source fills the source facet");
      assertTrue(api.path("persons").toString().contains("Vladimir Putin"), api.toString());

      Path file = Files.createTempFile("extract", ".txt");
      Files.writeString(file, "---\nsource: RT\n---\n" + title + "\n\n" + body + "\n", StandardCharsets.UTF_8);
      StringWriter printed = new StringWriter();
      CommandLine cli = new CommandLine(new ExtractCommand()).setOut(new PrintWriter(printed));
      List<String> args = new ArrayList<>(explain.isEmpty() ? List.of() : List.of("--explain"));
      args.add(file.toString());
      assertEquals(0, cli.execute(args.toArray(String[]::new)), printed.toString());
      List<String> lines = printed.toString().lines().toList();
      assertEquals(1, lines.size(), printed.toString());
      ObjectNode withTitle = Json.mapper().createObjectNode().put("title", title);
      withTitle.setAll((ObjectNode) api);
      assertEquals(withTitle.toString(), lines.get(0), "same keys, same order, same values");
      Files.delete(file);
    }
  }

  /**
   * Session 14: the API and the command read the story's date as the import does (they gave "Germany" for a 1987
   * story, and the explanation too); a date that is no date is a 400 naming the field, not a 500.
   */
  @Test
  void theStorysDateMeansTheStateOfItsTimeInTheApiTheExplanationAndTheCommand() throws Exception {
    String title = "NO NEED FOR RATE CUT, OFFICIALS SAY";
    String body = "The German government sees no need for a cut in interest rates, officials said in Germany.";
    for (String dateField : List.of("published_at", "date")) {
      ObjectNode request = Json.mapper().createObjectNode().put("title", title).put("body", body)
          .put(dateField, "1987-04-07");
      Http.Response r = server.http().post("/api/extract?explain=true", "application/json", request.toString());
      assertEquals(200, r.status(), r.body());
      assertEquals("[\"West Germany\"]", r.json().path("countries").toString(), r.body());
      List<String> explained = new ArrayList<>();
      r.json().path("explanation").path("countries").forEach(e -> explained.add(e.path("value").asText()));
      assertEquals(List.of("West Germany"), explained, r.body());
    }
    ObjectNode undated = Json.mapper().createObjectNode().put("title", title).put("body", body);
    assertEquals("[\"Germany\"]",
        server.http().post("/api/extract", "application/json", undated.toString()).json().path("countries").toString());
    ObjectNode badDate = undated.deepCopy().put("published_at", "the spring of 1987");
    Http.Response refused = server.http().post("/api/extract", "application/json", badDate.toString());
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.json().path("error").asText().contains("published_at"), refused.body());

    Path file = Files.createTempFile("extract", ".jsonl");
    Files.writeString(file, Json.mapper().createObjectNode().put("title", title).put("body", body)
        .put("published_at", "1987-04-07").toString() + "\n", StandardCharsets.UTF_8);
    StringWriter printed = new StringWriter();
    CommandLine cli = new CommandLine(new ExtractCommand()).setOut(new PrintWriter(printed));
    assertEquals(0, cli.execute("--explain", file.toString()), printed.toString());
    JsonNode line = Json.mapper().readTree(printed.toString().lines().findFirst().orElseThrow());
    assertEquals("[\"West Germany\"]", line.path("countries").toString(), printed.toString());
    assertEquals("West Germany", line.path("explanation").path("countries").path(0).path("value").asText(),
        printed.toString());
    Files.delete(file);
  }
}

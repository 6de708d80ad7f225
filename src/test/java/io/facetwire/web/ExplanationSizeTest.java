package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.extract.Explanation;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A long text that names a value in every sentence: the explanation in the API and on the article page lists the
 * first {@link Explanation#SHOWN} mentions and matches and says how many there were, so one request cannot ask for
 * megabytes of evidence (before: a 1 MB text gave a 13 MB answer).
 */
class ExplanationSizeTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  @Test
  void extractAndTheArticleListTheFirstEvidenceWithItsCount() {
    String sentence = "Vladimir Putin said Russia would answer the new US sanctions. ";
    int times = 400;
    String body = "{\"title\":\"Putin answers sanctions\",\"text\":\"" + sentence.repeat(times) + "\"}";
    Http.Response r = server.http().post("/api/extract?explain=true", "application/json", body);
    assertEquals(200, r.status(), r.body());
    assertTrue(r.body().length() < 100_000, "answer of " + r.body().length() + " characters");
    JsonNode why = r.json().path("explanation");
    JsonNode putin = find(why.path("persons"), "value", "Vladimir Putin");
    assertEquals(Explanation.SHOWN, putin.path("mentions").size());
    assertTrue(putin.path("mention_count").asInt() >= times, putin.path("mention_count").toString());
    JsonNode sanctions = find(why.path("topics"), "topic", "sanctions");
    assertEquals(Explanation.SHOWN, sanctions.path("hits").size());
    assertTrue(sanctions.path("hit_count").asInt() >= times, sanctions.path("hit_count").toString());

    Http.Response stored = server.api().post("/api/articles", "application/json",
        "{\"title\":\"Putin answers sanctions\",\"text\":\"" + sentence.repeat(times) + "\",\"source\":\"Probe\","
            + "\"published_at\":\"2026-11-30T10:00:00Z\"}");
    assertEquals(200, stored.status(), stored.body());
    String id = server.http().get("/api/search?q=Putin").json().path("hits").get(0).path("id").asText();
    JsonNode article = server.http().get("/api/articles/" + id + "?explain=true").json().path("explanation");
    assertEquals(Explanation.SHOWN, find(article.path("topics"), "topic", "sanctions").path("hits").size());
    var page = server.http().get("/articles/" + Http.enc(id).replace("+", "%20")).html();
    var topicLine = page.select("ul.why-topics > li").stream()
        .filter(li -> li.selectFirst("strong").text().equals("sanctions")).findFirst().orElseThrow();
    assertEquals(Explanation.SHOWN + 1, topicLine.select("ul > li").size(), "the matches and the line that counts the rest");
    assertTrue(topicLine.select("ul > li").last().text().matches("and [0-9,]+ more matches"), topicLine.text());
    var personLine = page.select("details.why-tags li").stream()
        .filter(li -> li.selectFirst("strong") != null && li.selectFirst("strong").text().equals("Vladimir Putin"))
        .findFirst().orElseThrow();
    assertTrue(personLine.text().matches(".*\\(body\\), and [0-9,]+ more"), personLine.text());
  }

  private static JsonNode find(JsonNode array, String key, String value) {
    for (JsonNode n : array) {
      if (n.path(key).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError(value + " not in " + array);
  }
}

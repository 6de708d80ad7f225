package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.extract.Explanation;
import io.facetwire.support.HeldExpensivePlace;
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

  /**
   * Session 26: the article page explains every article it shows, so a stored article of 1 MB cost 0.5 s of CPU per
   * view on the served jar, anonymous and four at a time per address (the search places): one visitor kept both
   * cores busy, while the same text sent to /api/extract runs one at a time per address. Extracting a long stored
   * article again now takes an expensive place, as a large /api/extract body does; short articles and the stored
   * article without its explanation never wait for one.
   */
  @Test
  void explainingALongStoredArticleTakesAnExpensivePlaceAsExtractingItDoes() throws Exception {
    String sentence = "Vladimir Putin said Russia would answer the new US sanctions. ";
    String ndjson = "{\"id\":\"long-explained\",\"title\":\"Long\",\"text\":\"" + sentence.repeat(1_200)
        + "\",\"published_at\":\"2026-11-30T10:00:00Z\"}\n"
        + "{\"id\":\"short-explained\",\"title\":\"Short\",\"text\":\"" + sentence
        + "\",\"published_at\":\"2026-11-30T10:00:00Z\"}\n";
    assertEquals(200, server.api().post("/api/articles", "application/x-ndjson", ndjson).status());
    Http http = server.http();
    try (HeldExpensivePlace held = HeldExpensivePlace.hold(server)) {
      Http.Response page = http.get("/articles/long-explained");
      assertEquals(429, page.status(), "the long article's page explains it: " + page.status());
      assertTrue(page.header("Retry-After") != null);
      assertEquals(429, http.get("/api/articles/long-explained?explain=true").status());
      assertEquals(200, http.get("/api/articles/long-explained").status(), "no explanation asked: no place needed");
      assertEquals(200, http.get("/articles/short-explained").status(), "a short article is explained at once");
    }
    HeldExpensivePlace.await(() -> http.get("/articles/long-explained").status(), 200, 15, "the place never came back");
    JsonNode why = http.get("/api/articles/long-explained?explain=true").json().path("explanation");
    assertTrue(find(why.path("persons"), "value", "Vladimir Putin").path("mention_count").asInt() >= 1_200);
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

package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP API contract, and that no article or user text ever reaches a page unescaped. */
class ApiAndEscapingTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();
  static final Http http = server.http();
  /** Imports need the API token (or an admin session) since issue 5. */
  static final Http api = server.api();

  @Test
  void oneJsonArticleIsIndexedAndSearchableWhenTheCallReturns() {
    Http.Response r = api.post("/api/articles", "application/json", """
        {"url": "https://example.org/moscow-talks", "title": "Moscow talks on Syria",
         "body": "Vladimir Putin met Recep Tayyip Erdogan in Moscow to discuss the war in Syria and a ceasefire in Idlib.",
         "source": "Example Wire", "published_at": "2020-03-05"}""");
    assertEquals(200, r.status(), r.body());
    assertEquals(1, r.json().path("indexed").asInt());
    assertEquals(0, r.json().path("failed").size());

    JsonNode search = http.get("/api/search?q=Idlib").json();
    assertEquals(1, search.path("total").asInt());
    JsonNode hit = search.path("hits").get(0);
    for (String field : List.of("id", "title", "url", "source", "published_at", "snippet", "countries", "persons", "topics")) {
      assertTrue(hit.has(field), "hit has " + field);
    }
    assertTrue(hit.path("snippet").asText().contains("Idlib"));
    assertTrue(contains(hit.path("persons"), "Vladimir Putin"));
    assertTrue(contains(hit.path("countries"), "Syria"));

    JsonNode facets = search.path("facets");
    for (String facet : List.of("country", "person", "topic")) {
      assertTrue(facets.path(facet).isArray(), facet);
    }
    JsonNode syria = find(facets.path("country"), "Syria");
    assertEquals(1, syria.path("count").asInt());
    assertFalse(syria.path("selected").asBoolean());

    String id = hit.path("id").asText();
    JsonNode article = http.get("/api/articles/" + id).json();
    assertEquals("Moscow talks on Syria", article.path("title").asText());
    assertTrue(article.path("body").asText().startsWith("Vladimir Putin met"));
    assertTrue(article.has("ingested_at"));
    assertEquals(404, http.get("/api/articles/nope").status());

    // The same article again: nothing new, nothing duplicated.
    Http.Response again = api.post("/api/articles", "application/json", """
        {"url": "https://example.org/moscow-talks", "title": "Moscow talks on Syria",
         "body": "Vladimir Putin met Recep Tayyip Erdogan in Moscow to discuss the war in Syria and a ceasefire in Idlib.",
         "source": "Example Wire", "published_at": "2020-03-05"}""");
    assertEquals(200, again.status());
    assertEquals(0, again.json().path("indexed").asInt());
    assertEquals(1, again.json().path("unchanged").asInt());
    assertEquals(1, http.get("/api/search?q=Idlib").json().path("total").asInt());
  }

  @Test
  void ndjsonWithBadLinesKeepsTheGoodOnesAndNamesTheBadLines() {
    String ndjson = """
        {"title": "Nairobi water prices", "body": "Kenya raised water prices in Nairobi.", "published_at": "2021-01-02"}
        {"title": "broken", "body":
        {"title": "Lima protests", "text": "Peru saw protests in Lima.", "published_at": "2021-01-03"}
        {"body": "no title"}
        """;
    Http.Response r = api.post("/api/articles", "application/x-ndjson", ndjson);
    assertEquals(207, r.status(), r.body());
    assertEquals(2, r.json().path("indexed").asInt());
    List<Integer> lines = new ArrayList<>();
    r.json().path("failed").forEach(f -> {
      lines.add(f.path("line").asInt());
      assertFalse(f.path("reason").asText().isBlank());
    });
    assertEquals(List.of(2, 4), lines);
    assertEquals(1, http.get("/api/search?q=Nairobi").json().path("total").asInt());

    Http.Response allBad = api.post("/api/articles", "application/x-ndjson", "{\"title\": \"x\"}\nnot json\n");
    assertEquals(400, allBad.status());
    assertEquals(2, allBad.json().path("failed").size());
    Http.Response notJson = api.post("/api/articles", "application/json", "{oops");
    assertEquals(400, notJson.status());
  }

  @Test
  void extractEndpointGivesTheFacetsOfTheFirstArticle() throws Exception {
    String text = new String(getClass().getClassLoader().getResourceAsStream("fixtures/us-embassy-staff-cut.txt")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    String title = text.lines().findFirst().orElseThrow();
    String body = text.substring(title.length()).strip();
    String request = io.facetwire.Json.mapper().createObjectNode().put("title", title).put("body", body).toString();
    Http.Response r = http.post("/api/extract", "application/json", request);
    assertEquals(200, r.status());
    JsonNode facets = r.json();
    for (String c : List.of("Russia", "United States", "Iran", "North Korea", "China", "Syria")) {
      assertTrue(contains(facets.path("countries"), c), c);
    }
    assertEquals(2, facets.path("persons").size());
    assertTrue(contains(facets.path("persons"), "Vladimir Putin"));
    assertTrue(contains(facets.path("persons"), "Vladimir Solovyov"));
    assertFalse(facets.has("explanation"), "only when asked for");
    // Russia's answer to new US sanctions: sanctions, with the words behind it. Syria, cybersecurity and
    // space projects come up in one clause each of an interview answer: no topic, and the explanation says why.
    JsonNode explained = http.post("/api/extract?explain=true", "application/json", request).json();
    assertEquals(facets.path("topics"), explained.path("topics"));
    assertTrue(contains(facets.path("topics"), "sanctions"), facets.toString());
    JsonNode why = explained.path("explanation");
    assertTrue(findBy(why.path("topics"), "topic", "sanctions").path("assigned").asBoolean(), why.toString());
    for (String t : List.of("space cooperation", "Syria", "cybersecurity")) {
      assertFalse(contains(facets.path("topics"), t), t);
      JsonNode topic = findBy(why.path("topics"), "topic", t);
      assertFalse(topic.path("assigned").asBoolean(), topic.toString());
      assertFalse(topic.path("reason").asText().isEmpty(), topic.toString());
      assertTrue(topic.path("hits").size() > 0, topic.toString());
    }
    JsonNode russia = findBy(why.path("countries"), "value", "Russia");
    assertTrue(russia.path("mentions").size() > 0, russia.toString());
    assertEquals("title", russia.path("mentions").get(0).path("place").asText(), russia.toString());
    assertTrue(findBy(why.path("persons"), "value", "Vladimir Putin").path("mentions").size() > 0);
    assertEquals(400, http.post("/api/extract", "application/json", "[1,2").status());
  }

  @Test
  void storedArticlesExplainTheirTagsInTheApiAndOnThePage() {
    Http.Response r = api.post("/api/articles", "application/json", """
        {"url": "https://example.org/embargo", "title": "EU extends sanctions on <b>Syria</b>",
         "body": "The European Union extended its sanctions on Syria for another year on Monday. The sanctions freeze the assets of the Syrian central bank. Damascus called the embargo illegal.",
         "source": "Example Wire", "published_at": "2021-05-27"}""");
    assertEquals(200, r.status(), r.body());
    String id = http.get("/api/search?q=embargo").json().path("hits").get(0).path("id").asText();

    JsonNode plain = http.get("/api/articles/" + id).json();
    assertFalse(plain.has("explanation"), "only when asked for");
    JsonNode article = http.get("/api/articles/" + id + "?explain=true").json();
    assertTrue(contains(article.path("topics"), "sanctions"), article.toString());
    JsonNode sanctions = findBy(article.path("explanation").path("topics"), "topic", "sanctions");
    assertTrue(sanctions.path("assigned").asBoolean(), sanctions.toString());
    assertTrue(sanctions.path("score").asDouble() >= sanctions.path("threshold").asDouble(), sanctions.toString());
    List<String> places = new ArrayList<>();
    sanctions.path("hits").forEach(h -> places.add(h.path("place").asText() + ":" + h.path("text").asText()));
    assertTrue(places.contains("title:sanctions") && places.contains("body:embargo"), places.toString());

    Http.Response page = http.get("/articles/" + id);
    assertNoActiveContent(page);
    Document doc = page.html();
    org.jsoup.nodes.Element why = doc.selectFirst("details.why-tags");
    assertTrue(why != null && why.selectFirst("summary").text().equals("Why these tags"), page.body());
    org.jsoup.nodes.Element line = why.select("ul.why-topics > li").stream()
        .filter(li -> li.selectFirst("strong").text().equals("sanctions")).findFirst().orElseThrow();
    assertTrue(line.text().contains("assigned: score"), line.text());
    assertTrue(line.text().contains("\u201csanctions\u201d in the title: +"), line.text());
    assertTrue(why.text().contains("Syria:"), why.text());
    assertTrue(page.body().contains("&lt;b&gt;Syria&lt;/b&gt;"), "the title's markup is shown as text");
  }

  @Test
  void healthSaysOk() {
    Http.Response r = http.get("/health");
    assertEquals(200, r.status());
    assertEquals("ok", r.json().path("status").asText());
  }

  @Test
  void scriptInTitleBodyAndQueryIsEscapedEverywhere() {
    Http.Response r = api.post("/api/articles", "application/json", """
        {"url": "javascript:alert(3)", "title": "<script>alert(1)</script> Zanzibar ferry",
         "body": "The Zanzibar ferry <img src=x onerror=alert(2)> sank. <script>alert('body')</script> Zanzibar mourns.",
         "published_at": "2020-05-05"}""");
    assertEquals(200, r.status(), r.body());

    Http.Response page = http.get("/search?q=" + Http.enc("Zanzibar <script>alert(9)</script>"));
    assertNoActiveContent(page);
    Http.Response plain = http.get("/search?q=Zanzibar");
    assertNoActiveContent(plain);
    Document doc = plain.html();
    assertTrue(doc.selectFirst("li.hit h2 a").text().contains("<script>alert(1)</script>"),
        "the title is shown as text");
    assertTrue(doc.select("li.hit .snippet mark").size() > 0, "highlighting still works");
    assertTrue(plain.body().contains("&lt;script&gt;"));

    String id = http.get("/api/search?q=Zanzibar").json().path("hits").get(0).path("id").asText();
    Http.Response article = http.get("/articles/" + id);
    assertNoActiveContent(article);
    assertNull(article.html().selectFirst("a[href^=javascript]"), "no javascript: link from article data");

    String csp = plain.header("Content-Security-Policy");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    assertEquals("nosniff", plain.header("X-Content-Type-Options"));
  }

  private static void assertNoActiveContent(Http.Response response) {
    assertEquals(200, response.status());
    Document doc = response.html();
    // Only our own script files; no inline script, nothing injected.
    doc.select("script").forEach(script -> {
      assertTrue(java.util.Set.of("/static/app.js", "/static/fold-filters.js").contains(script.attr("src")),
          script.outerHtml());
      assertTrue(script.html().isBlank(), script.outerHtml());
    });
    assertTrue(doc.select("img").isEmpty(), "no injected img element");
    assertTrue(doc.select("[onerror]").isEmpty(), "no event handler attribute");
  }

  private static JsonNode findBy(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + " " + value + " in " + array);
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode n : array) {
      if (n.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode find(JsonNode array, String value) {
    for (JsonNode n : array) {
      if (n.path("value").asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError(value + " not in " + array);
  }
}

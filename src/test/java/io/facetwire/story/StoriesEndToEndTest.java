package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Facetwire;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.IndexNames;
import io.facetwire.search.FacetCombination;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchService;
import io.facetwire.search.SearchState;
import io.facetwire.sources.FeedFixtures;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Near-duplicates as one story, on the real node and server: stories given at ingest (across requests
 * and within one), corrected repeats, results and counts by story, "N other versions" in the page and
 * the API, one feed entry per story, a story_id column in CSV, and the back-fill of an older index.
 */
class StoriesEndToEndTest {

  static final List<Article> WIKI = FeedFixtures.wikinews();
  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();
  static final Http http = server.http();
  static Article original;
  static Article other;

  @BeforeAll
  static void start() {
    original = WIKI.get(50);
    other = WIKI.get(60);
    // The wire story, then (another request) the same story in another outlet with its own dateline and credit.
    post(line("s-orig", original.title(), original.body(), "Wire One", "2020-05-01"));
    post(line("s-copy", original.title(), "MAGNITOGORSK (Wire Two) - " + original.body()
        + "\nReporting by staff; editing by the desk.", "Wire Two", "2020-05-02"));
    // A story and its copy in one request; an unrelated story; a story and its correction.
    post(line("s-same-1", other.title(), other.body(), "Wire One", "2020-05-03")
        + line("s-same-2", other.title(), other.body(), "Wire Three", "2020-05-03")
        + line("s-alone", WIKI.get(70).title(), WIKI.get(70).body(), "Wire One", "2020-05-03")
        + line("s-fix-0", "BANKAMERICA NEGOTIATING SALE OF UNITS", CORRECTION_BEFORE, "Wire One", "1987-02-27")
        + line("s-fix-1", "CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE", CORRECTION_AFTER, "Wire One", "1987-03-02"));
  }

  static final String CORRECTION_BEFORE = "Bank of America NT and SA is negotiating the sale of its units in Italy "
      + "and Austria to Deutsche Bank AG, a spokesman for the German bank said. He said the talks were at an "
      + "advanced stage and that Deutsche Bank expected to pay about 600 mln marks for the units, which have "
      + "about 95 branches and 1.5 billion dlrs in assets. BankAmerica said earlier it planned to sell some "
      + "foreign operations to raise capital.";
  static final String CORRECTION_AFTER = "Bank of America NT and SA is negotiating the sale of its units in Italy "
      + "and Spain to Deutsche Bank AG, a spokesman for the German bank said. He said the talks were at an "
      + "early stage and that Deutsche Bank could pay about 800 mln marks for the units, which have "
      + "about 98 branches and 2.5 billion dlrs in assets. BankAmerica said last week it planned to sell some "
      + "foreign operations to raise capital. (Corrects name of country in first paragraph, price and branches)";

  @Test
  void eachArticleGetsTheFirstSeenVersionsStory() {
    assertEquals("s-orig", story("s-orig"));
    assertEquals("s-orig", story("s-copy"), "a copy in a later request");
    assertEquals("s-same-1", story("s-same-2"), "a copy in the same request");
    assertEquals("s-alone", story("s-alone"));
    assertEquals("s-fix-0", story("s-fix-1"), "a corrected repeat");
    // Posting the original again changes nothing: it keeps its story and counts as unchanged.
    Http.Response again = server.api().post("/api/articles", "application/x-ndjson",
        line("s-orig", original.title(), original.body(), "Wire One", "2020-05-01"));
    assertEquals(200, again.status(), again.body());
    assertEquals(1, again.json().path("unchanged").asInt(), again.body());
    assertEquals("s-orig", story("s-orig"));
  }

  @Test
  void resultsShowEachStoryOnceAndCountStories() {
    JsonNode all = http.get("/api/search?size=50").json();
    assertTrue(all.path("by_story").asBoolean(), all.toString());
    assertEquals(7, all.path("articles").asInt());
    assertEquals(4, all.path("total").asInt(), "four stories: original, other, alone, the BankAmerica one");
    assertEquals(4, all.path("hits").size());
    Set<String> stories = new HashSet<>();
    all.path("hits").forEach(h -> assertTrue(stories.add(h.path("story_id").asText()), "each story once: " + all));

    JsonNode hit = hitOfStory(all, "s-orig");
    assertEquals(1, hit.path("other_versions").asInt());
    Set<String> versions = new HashSet<>(Set.of(hit.path("id").asText()));
    hit.path("versions").forEach(v -> versions.add(v.path("id").asText()));
    assertEquals(Set.of("s-orig", "s-copy"), versions);

    // Facet counts are stories too: "Wire One" has five articles in four stories, "Wire Two" one.
    assertEquals(4, count(all.path("facets").path("source"), "Wire One"));
    assertEquals(1, count(all.path("facets").path("source"), "Wire Two"));
    JsonNode wireTwo = http.get("/api/search?source=" + Http.enc("Wire Two")).json();
    assertEquals(1, wireTwo.path("total").asInt());
  }

  @Test
  void thePageOffersTheOtherVersionsWithoutJavaScript() {
    Document page = http.get("/search?size=50").html();
    assertTrue(page.select(".result-count, .count").text().contains("4 stories") || page.text().contains("4 stories"),
        page.select("main").text());
    assertEquals(3, page.select("li.hit details.versions").size(), "the three stories with two versions each");
    Element details = null;
    for (Element hit : page.select("li.hit")) {
      if (hit.select("h2 a").attr("href").matches("/articles/s-(orig|copy)")) {
        details = hit.selectFirst("details.versions");
      }
    }
    assertNotNull(details, page.select("ol.hits").outerHtml());
    assertEquals("summary", details.child(0).tagName());
    assertEquals("1 other version", details.child(0).text());
    List<String> links = details.select("a").eachAttr("href");
    assertEquals(1, links.size(), links.toString());
    assertTrue(links.get(0).matches("/articles/s-(orig|copy)"), links.toString());
    assertTrue(details.text().contains("Wire"), "the version's source: " + details.text());
    assertTrue(page.select("script").stream().noneMatch(s -> s.data().contains("versions")), "no script needed");
  }

  @Test
  void theFeedHasOneEntryPerStoryAndCsvNamesTheStory() throws Exception {
    Document feed = org.jsoup.Jsoup.parse(http.get("/search.atom").body(), "", org.jsoup.parser.Parser.xmlParser());
    assertEquals(4, feed.select("entry").size(), feed.outerHtml());
    String csv = http.get("/search.csv?sort=oldest").body();
    List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
        .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv)).getRecords();
    assertEquals(7, rows.size(), "CSV keeps every article, one row each");
    Map<String, String> storyOf = new java.util.HashMap<>();
    rows.forEach(r -> storyOf.put(r.get("id"), r.get("story_id")));
    assertEquals("s-orig", storyOf.get("s-copy"));
    assertEquals("s-fix-0", storyOf.get("s-fix-1"));
  }

  @Test
  void anIndexFromBeforeStoriesIsBackFilledByEnrich() throws Exception {
    IndexNames names = new IndexNames(TestEngine.uniquePrefix());
    Facetwire older = Facetwire.onEngine(TestEngine.get(), names, TestServer.extractor(), Clock.systemUTC(),
        TestServer.testConfig());
    try {
      // Stored the way earlier versions stored articles: no story_id, no near-duplicate keys.
      ArticleDocuments documents = new ArticleDocuments(Json.mapper(), older.facets());
      storeWithoutStory(older, documents, "old-copy", original, "2024-01-02T00:00:00Z");
      storeWithoutStory(older, documents, "old-first", original, "2024-01-01T00:00:00Z");
      storeWithoutStory(older, documents, "old-other", other, "2024-01-03T00:00:00Z");
      SearchResult before = new SearchService(TestEngine.get().client(), names.articles(), FacetCombination.allOr())
          .search(SearchState.fromQuery(Map.of(), older.facets()));
      assertFalse(before.stories(), "not grouped while some articles have no story");
      assertEquals(3, before.total());

      older.reenricher().run();

      assertEquals("old-first", storedStory(older, "old-first"));
      assertEquals("old-first", storedStory(older, "old-copy"), "the earlier ingested version is the story");
      assertEquals("old-other", storedStory(older, "old-other"));
      SearchResult after = new SearchService(TestEngine.get().client(), names.articles(), FacetCombination.allOr())
          .search(SearchState.fromQuery(Map.of(), older.facets()));
      assertTrue(after.stories());
      assertEquals(2, after.total());
      assertEquals(3, after.articles());
    } finally {
      older.sources().close();
    }
  }

  private static void storeWithoutStory(Facetwire f, ArticleDocuments documents, String id, Article text, String ingested)
      throws Exception {
    Article a = f.importer().enrich(Article.fromInput(id, null, text.title(), text.body(), "Old Wire",
        Instant.parse("2020-01-01T00:00:00Z"), null)).withIngestedAt(Instant.parse(ingested));
    ObjectNode doc = documents.toDocument(a, documents.contentHash(a));
    doc.remove(NearDuplicateKeys.FIELD);
    TestEngine.get().client().index(i -> i.index(f.names().articles()).id(id).document(doc).refresh(
        co.elastic.clients.elasticsearch._types.Refresh.True));
  }

  private static String storedStory(Facetwire f, String id) throws Exception {
    return TestEngine.get().client().get(g -> g.index(f.names().articles()).id(id), ObjectNode.class).source()
        .path("story_id").asText();
  }

  private static String story(String id) {
    return http.get("/api/articles/" + id).json().path("story_id").asText();
  }

  private static JsonNode hitOfStory(JsonNode result, String story) {
    for (JsonNode h : result.path("hits")) {
      if (h.path("story_id").asText().equals(story)) {
        return h;
      }
    }
    throw new AssertionError("No hit of story " + story + " in " + result);
  }

  private static int count(JsonNode values, String value) {
    for (JsonNode v : values) {
      if (v.path("value").asText().equals(value)) {
        return v.path("count").asInt();
      }
    }
    return 0;
  }

  private static void post(String lines) {
    Http.Response r = server.api().post("/api/articles", "application/x-ndjson", lines);
    assertEquals(200, r.status(), r.body());
  }

  private static String line(String id, String title, String body, String source, String date) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("id", id).put("title", title).put("body", body).put("source", source).put("published_at", date);
    return o.toString() + "\n";
  }
}

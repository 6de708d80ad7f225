package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.Facetwire;
import io.facetwire.Json;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.Engine;
import io.facetwire.engine.IndexNames;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.RecordingRelay;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session 28, the leftover of session 27: the searches behind a saved search's pages, the saved-search list's counts,
 * facet value lists, the map, entity pages and "More like this" carried no Elasticsearch {@code timeout}; only the
 * results page, the search API, Atom and exports had the time budget ({@code FACETWIRE_SEARCH_TIMEOUT}). The real
 * server runs on the real node through a relay that records each request as sent, so each route's searches are read
 * as the route sent them; the relay can also mark every search answer as cut by its timeout, as a node whose budget
 * ran out answers, and each route must then answer 200 and say it is partial, never fail.
 */
class SearchTimeoutsTest {

  /** The default FACETWIRE_SEARCH_TIMEOUT (5 s) as the request factory writes it. */
  static final String BUDGET = "\"timeout\":\"5000ms\"";

  static RecordingRelay relay;
  static Engine engine;
  static Facetwire facetwire;
  static Javalin app;
  static Http http;
  static String articles;

  @BeforeAll
  static void start() throws Exception {
    relay = new RecordingRelay(TestEngine.get().urls().get(0));
    ElasticsearchSettings settings = new ElasticsearchSettings(List.of(relay.url()),
        TestEngine.get().settings().apiKey(), null, null, null, ElasticsearchSettings.ClientTuning.defaults(), null);
    engine = Engine.start(settings, Files.createTempDirectory("fw-search-timeouts"), Json.mapper());
    IndexNames names = new IndexNames(TestEngine.uniquePrefix());
    articles = names.articles();
    facetwire = Facetwire.onEngine(engine, names, TestServer.extractor(), Clock.systemUTC(), TestServer.testConfig());
    app = App.create(facetwire).start("127.0.0.1", 0);
    http = new Http("http://127.0.0.1:" + app.port());
    importArticles(0, 6);
  }

  @AfterAll
  static void stop() {
    app.stop();
    facetwire.stopBackgroundJobs();
    engine.close();
    relay.close();
  }

  @AfterEach
  void wholeAnswersAgain() {
    relay.searchesTimeOut(false);
  }

  /** Stories of their own (no two near copies of one story), each naming Russia and Vladimir Putin. */
  static final List<String> BODIES = List.of(
      "Vladimir Putin said in Moscow that Russia's grain harvest would reach a record this autumn.",
      "Farmers near Rostov told reporters the grain harvest of Russia was delayed by rain; Vladimir Putin promised aid.",
      "Egypt signed a contract for Russian wheat, and Vladimir Putin welcomed the grain deal with Cairo.",
      "Railway wagons for the grain harvest are scarce in Siberia, Russia's transport ministry said after Vladimir Putin asked.",
      "Vladimir Putin met exporters to discuss taxes on the grain harvest and Russia's quotas for barley.",
      "Drought in the Volga region cut Russia's grain harvest estimate, an adviser of Vladimir Putin said on Friday.",
      "Ports on the Black Sea loaded grain at night; Vladimir Putin and Russia's farm minister visited Novorossiysk.",
      "Insurers in Russia offered cover for the grain harvest against frost, a plan Vladimir Putin backed in a speech.");

  static void importArticles(int from, int to) {
    StringBuilder lines = new StringBuilder();
    for (int i = from; i < to; i++) {
      lines.append("{\"id\": \"budget-").append(i).append("\", \"title\": \"").append(BODIES.get(i), 0, 48)
          .append("\", \"body\": \"").append(BODIES.get(i)).append("\", \"published_at\": \"2021-03-0")
          .append(1 + i).append("T10:00:00Z\"}\n");
    }
    Http.Response r = http.withBearer(TestServer.API_TOKEN).post("/api/articles", "application/x-ndjson",
        lines.toString());
    assertEquals(200, r.status(), r.body());
  }

  /**
   * The search bodies {@code request} sent to the articles index, but for the corpus's first and last dates (a min
   * and a max read from the index's points, cached for a minute, shared by every page).
   */
  static List<String> searchesOf(Runnable request) {
    relay.clear();
    request.run();
    return relay.sent().stream().filter(s -> s.searches(articles)).flatMap(s -> s.searchBodies().stream())
        .filter(b -> !b.contains("\"first\":{\"min\"")).toList();
  }

  static void assertEachHasTheBudget(String route, List<String> bodies) {
    assertFalse(bodies.isEmpty(), route + " sent no search");
    for (String body : bodies) {
      assertTrue(body.contains(BUDGET), route + " sent a search without the time budget: " + body);
    }
  }

  static Http.Response ok(Http.Response r) {
    assertEquals(200, r.status(), r.body());
    return r;
  }

  /** The page's note that its search was cut by the budget. */
  static Element partialNote(Document page) {
    return page.select("p.note").stream().filter(p -> p.text().startsWith("Partial:")).findFirst().orElse(null);
  }

  @Test
  void facetValueListsAndTheMapHaveTheBudgetAndSayWhenItRanOut() {
    for (String route : List.of("/facets/country", "/facets/person?order=az", "/api/facets/person?prefix=vla",
        "/search/map?q=grain")) {
      assertEachHasTheBudget(route, searchesOf(() -> ok(http.get(route))));
    }

    relay.searchesTimeOut(true);
    assertNotNull(partialNote(ok(http.get("/facets/country")).html()), "the values page says it is partial");
    assertNotNull(partialNote(ok(http.get("/search/map?q=grain")).html()), "the map says it is partial");
    var api = ok(http.get("/api/facets/person?prefix=vla")).json();
    assertTrue(api.path("partial").asBoolean(), api.toString());
    assertEquals("Vladimir Putin", api.path("values").get(0).path("value").asText());
  }

  /** Suggestions are a shortcut: a cut answer offers what was found, without a note (as with terminate_after). */
  @Test
  void typeAheadSuggestionsHaveTheBudget() {
    assertEachHasTheBudget("/api/suggest", searchesOf(() -> ok(http.get("/api/suggest?q=vla"))));

    relay.searchesTimeOut(true);
    assertTrue(ok(http.get("/api/suggest?q=vla")).body().contains("Vladimir Putin"));
  }

  @Test
  void entityPagesHaveTheBudgetAndSayWhenItRanOut() {
    assertEachHasTheBudget("/country/Russia", searchesOf(() -> ok(http.get("/country/Russia"))));
    assertEachHasTheBudget("/person/vladimir putin", searchesOf(() ->
        assertEquals(301, http.get("/person/" + Http.enc("vladimir putin")).status())));

    relay.searchesTimeOut(true);
    Document page = ok(http.get("/country/Russia")).html();
    assertNotNull(partialNote(page), page.text());
  }

  @Test
  void moreLikeThisHasTheBudgetAndSaysWhenItRanOut() {
    assertEachHasTheBudget("/articles/budget-1", searchesOf(() -> ok(http.get("/articles/budget-1"))));

    relay.searchesTimeOut(true);
    Document page = ok(http.get("/articles/budget-1")).html();
    assertNotNull(page.selectFirst("section.related"), page.text());
    assertNotNull(partialNote(page), page.text());
  }

  @Test
  void savedSearchPagesAndTheListHaveTheBudgetAndACutPageLeavesItsNewMatchesNew() {
    BrowserSession ann = new BrowserSession(http.base());
    assertEquals(303, ann.signUp("budget.saved@example.org", "budget saved password").status());
    String page = ann.save("/search?q=grain", "Grain");
    assertEquals(303, ann.post(page + "/share", Map.of()).status());
    assertEquals(303, ann.post(page + "/feed/reset", Map.of()).status());
    Document owned = ann.get(page + "?done=shared").html();
    String shared = java.net.URI.create(owned.selectFirst("input[aria-label=Share link]").val()).getPath();
    String feed = java.net.URI.create(owned.selectFirst("input[aria-label=Feed URL]").val()).getPath();
    importArticles(6, 8);

    assertEachHasTheBudget("/saved", searchesOf(() -> ok(ann.get("/saved"))));
    assertEachHasTheBudget(shared, searchesOf(() -> ok(ann.http().get(shared))));
    assertEachHasTheBudget(feed, searchesOf(() -> ok(ann.http().get(feed))));
    // The visit asked last: it marks the search seen.
    assertEachHasTheBudget(page, searchesOf(() -> ok(ann.get(page + "?done=edited"))));

    relay.searchesTimeOut(true);
    assertEquals("?", ok(ann.get("/saved")).html().selectFirst("td.new-count").text(),
        "a count cut by its timeout is unknown, not a number");
    assertNotNull(partialNote(ok(ann.http().get(shared)).html()), "the shared page says it is partial");
    assertPartial(subtitle(ok(ann.http().get(feed))));
    Document cut = ok(ann.get(page)).html();
    assertNotNull(partialNote(cut), cut.text());
    assertEquals("2 new", cut.selectFirst(".new-summary strong").text());

    // The cut visit did not use up its new matches: the next, whole, visit still shows them new.
    relay.searchesTimeOut(false);
    assertNull(subtitle(ok(ann.http().get(feed))), "a whole feed has no subtitle");
    assertEquals("2 new", ok(ann.get(page)).html().selectFirst(".new-summary strong").text());
    assertEquals("0 new", ok(ann.get(page)).html().selectFirst(".new-summary strong").text());
  }

  /** A feed's subtitle saying its search was cut (before session 29: none). */
  static void assertPartial(String subtitle) {
    assertTrue(subtitle != null && subtitle.startsWith("Partial: the search took longer than its time budget"),
        "the feed's subtitle: " + subtitle);
  }

  /** The subtitle of an Atom feed as ROME reads it (a strict parser: the feed must be valid Atom), or null. */
  static String subtitle(Http.Response feed) {
    try {
      Feed parsed = (Feed) new WireFeedInput().build(new StringReader(feed.body()));
      return parsed.getSubtitle() == null ? null : parsed.getSubtitle().getValue();
    } catch (FeedException e) {
      throw new AssertionError("not a feed ROME reads: " + feed.body(), e);
    }
  }

  /**
   * Session 29: a feed cut by the budget said nothing (its entries are articles; a note among them would be read as
   * news). Now its subtitle says so while it holds, and the feed lists what was found.
   */
  @Test
  void aSearchFeedCutByTheBudgetSaysSoInItsSubtitle() {
    assertNull(subtitle(ok(http.get("/search.atom?q=grain"))), "a whole feed has no subtitle");

    relay.searchesTimeOut(true);
    Http.Response cut = ok(http.get("/search.atom?q=grain"));
    assertPartial(subtitle(cut));
    assertTrue(cut.body().contains("<entry>"), "what was found is listed: " + cut.body());
  }
}

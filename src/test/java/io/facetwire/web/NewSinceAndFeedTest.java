package io.facetwire.web;

import io.facetwire.facet.FacetCatalog;
import io.facetwire.feed.AtomWriter;
import io.facetwire.saved.NewSinceCounter;
import io.facetwire.saved.SavedSearch;
import io.facetwire.saved.SavedSearchQuery;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.CountingClient;
import io.facetwire.support.Http;
import io.facetwire.support.MutableClock;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "New since your last visit" on the list (all counts in one _msearch) and on a saved search's page
 * (new hits marked, opening marks seen), editing a saved search, and its Atom feed.
 */
class NewSinceAndFeedTest {

  static MutableClock clock = new MutableClock(Instant.parse("2026-02-01T08:00:00Z"));
  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().clock(clock)
      .fixtures("fixtures/wikinews_2019.csv");

  static String dike(String title, String date) {
    return "{\"title\": \"" + title + "\", \"body\": \"The dike held after the storm surge.\", \"published_at\": \""
        + date + "\"}";
  }

  static void importJson(String json) {
    Http.Response r = server.api().post("/api/articles", "application/json", json);
    assertEquals(200, r.status(), r.body());
  }

  @Test
  void listCountsNewArticlesPerSavedSearchAndOpeningMarksThemSeen() {
    BrowserSession ann = server.browser();
    ann.signUp("newsince@example.org", "new since password");
    clock.advance(Duration.ofMinutes(1));
    String dikes = ann.save("/search?q=dike", "Dikes");
    String recentDikes = ann.save("/search?q=dike&from=2021-01-01", "Recent dikes");
    String elections = ann.save("/search?q=election", "Elections");
    assertEquals(Map.of("Dikes", "0", "Recent dikes", "0", "Elections", "0"), counts(ann));

    clock.advance(Duration.ofHours(1));
    importJson("[" + dike("Dike one", "2020-05-01") + "," + dike("Dike two", "2021-02-01") + ","
        + dike("Dike three", "2021-03-01") + ", {\"title\": \"Harbour\", \"body\": \"Nothing about water walls.\"}]");
    assertEquals(Map.of("Dikes", "3", "Recent dikes", "2", "Elections", "0"), counts(ann),
        "filters of a saved search apply to its count");
    assertTrue(ann.get("/saved").html().select("tr.has-new a.name").stream().map(Element::text).toList()
        .containsAll(List.of("Dikes", "Recent dikes")));

    // Opening a saved search shows the new hits marked, newest first, and marks it seen.
    clock.advance(Duration.ofMinutes(5));
    Document page = ann.get(dikes).html();
    assertEquals("3 new", page.selectFirst(".new-summary strong").text());
    List<Element> hits = page.select("li.hit");
    assertEquals(3, hits.size());
    assertEquals(3, page.select("li.hit.new").size());
    assertEquals(3, page.select("li.hit.new .badge-new").size());
    assertEquals(List.of("Dike three", "Dike two", "Dike one"), hits.stream().map(h -> h.selectFirst("h2 a").text()).toList());
    assertTrue(page.select("li.hit mark").size() > 0, "matched words are highlighted");
    assertEquals(Map.of("Dikes", "0", "Recent dikes", "2", "Elections", "0"), counts(ann));
    assertEquals(0, ann.get(dikes).html().select("li.hit.new").size(), "seen now");

    // One more later article: only it is new on the next visit.
    clock.advance(Duration.ofHours(1));
    importJson(dike("Dike four", "2019-01-01"));
    Document again = ann.get(dikes).html();
    assertEquals(4, again.select("li.hit").size());
    assertEquals(List.of("Dike four"), again.select("li.hit.new h2 a").stream().map(Element::text).toList());
    assertEquals("Dike four", again.selectFirst("li.hit h2 a").text(), "newest ingested first");
    assertEquals(200, ann.get(recentDikes).status());
    assertEquals(200, ann.get(elections).status());
  }

  @Test
  void allCountsOfAUserComeFromOneMsearchRoundTrip() {
    BrowserSession bea = server.browser();
    bea.signUp("roundtrip@example.org", "round trip password");
    for (String q : List.of("q=dike", "q=election", "q=court", "q=storm", "q=vote", "q=police", "q=president")) {
      bea.save("/search?" + q, q);
    }
    List<SavedSearch> searches = server.facetwire().savedSearches().list("roundtrip@example.org");
    assertEquals(7, searches.size());
    CountingClient counting = new CountingClient(TestEngine.get());
    NewSinceCounter counter = new NewSinceCounter(counting.client(), server.facetwire().names().articles(),
        new SavedSearchQuery(server.facetwire().names().articles(), FacetCatalog.standard()));
    Map<String, Long> counts = counter.counts(searches);
    assertEquals(1, counting.requests(), counting.paths().toString());
    assertTrue(counting.paths().get(0).startsWith("POST /_msearch"), counting.paths().toString());
    assertEquals(7, counts.size());
    // The same numbers the list page shows, computed there through the application's own client.
    Map<String, String> shown = counts(bea);
    for (SavedSearch s : searches) {
      assertEquals(shown.get(s.name()), counts.get(s.id()).toString(), s.name());
    }
    counting.reset();
    assertTrue(counter.counts(List.of()).isEmpty());
    assertEquals(0, counting.requests(), "no saved searches, no request");
  }

  @Test
  void editingChangesQueryAndFiltersAndRefusesBadValues() {
    BrowserSession cy = server.browser();
    cy.signUp("editor@example.org", "editor password");
    String page = cy.save("/search?q=dike", "To edit");
    Document form = cy.get(page).html();
    Http.Response bad = cy.submit(form, "form.edit-form", Map.of("from", "yesterday"));
    assertEquals(400, bad.status());
    assertTrue(bad.html().text().contains("from date"), bad.body());
    Http.Response ok = cy.submit(form, "form.edit-form", Map.of("name", "Edited", "q", "election",
        "country", "United States\n\nUnited Kingdom\n", "not_country", "Canada", "sort", "newest",
        "to", "2019-12-31"));
    assertEquals(303, ok.status());
    Element row = cy.get("/saved").html().selectFirst("tbody tr");
    assertEquals("Edited", row.selectFirst("a.name").text());
    assertEquals("/search?q=election&country=United+States&country=United+Kingdom&not_country=Canada&to=2019-12-31&sort=newest",
        row.selectFirst("td:nth-child(2) a").attr("href"));
    Document edited = cy.get(page).html();
    assertEquals("United States\nUnited Kingdom", edited.selectFirst("textarea[name=country]").wholeText());
    assertEquals("newest", edited.selectFirst("select[name=sort] option[selected]").attr("value"));
    assertEquals("Canada", edited.selectFirst("textarea[name=not_country]").wholeText());
  }

  @Test
  void theFeedListsNewestMatchesFirstWithStableEntryIds() {
    BrowserSession dee = server.browser();
    dee.signUp("feeds@example.org", "feed password");
    String page = dee.save("/search?q=quaywall", "Levees");
    clock.advance(Duration.ofMinutes(10));
    importJson("[" + dike("Levee A", "2021-01-01").replace("dike", "quaywall") + ","
        + dike("Levee B", "2021-01-02").replace("dike", "quaywall") + "]");
    clock.advance(Duration.ofMinutes(10));
    importJson(dike("Levee C", "2018-01-01").replace("dike", "quaywall"));

    String feedUrl = dee.get(page).html().selectFirst("input[aria-label=Feed URL]").val();
    String feedPath = feedUrl.substring(feedUrl.indexOf("/feeds/"));
    Http.Response first = server.http().get(feedPath);
    assertEquals(200, first.status());
    Document xml = Jsoup.parse(first.body(), "", Parser.xmlParser());
    List<String> titles = xml.select("entry > title").stream().map(Element::text).toList();
    assertEquals(List.of("Levee C", "Levee B", "Levee A"), titles, "newest ingested first, then newest published");
    List<String> ids = xml.select("entry > id").stream().map(Element::text).toList();
    List<String> articleIds = server.http().get("/api/search?q=quaywall&sort=newest").json().path("hits").findValuesAsText("id");
    assertEquals(articleIds.stream().map(AtomWriter::entryId).collect(Collectors.toSet()), Set(ids));
    assertTrue(xml.selectFirst("entry > link[rel=alternate]").attr("href").startsWith("http://127.0.0.1:"));
    assertEquals(xml.selectFirst("entry > updated").text(), xml.selectFirst("feed > updated").text());

    // Renamed and fetched again: the same entries keep the same ids.
    dee.post(page + "/rename", Map.of("name", "Levees and dikes"));
    Document later = Jsoup.parse(server.http().get(feedPath).body(), "", Parser.xmlParser());
    assertEquals(ids, later.select("entry > id").stream().map(Element::text).toList());
    assertEquals("Facetwire: Levees and dikes", later.selectFirst("feed > title").text());
  }

  private static java.util.Set<String> Set(List<String> list) {
    return new java.util.HashSet<>(list);
  }

  /** Saved search name to the count shown in the list's "New since last visit" column. */
  private static Map<String, String> counts(BrowserSession b) {
    return b.get("/saved").html().select("tbody tr").stream().collect(Collectors.toMap(
        r -> r.selectFirst("a.name").text(), r -> r.selectFirst("td.new-count").text()));
  }
}

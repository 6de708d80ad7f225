package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search page over real HTTP: query syntax, facets and links, paging, sort, bad parameters. */
class SearchPageTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard()
      .fixtures("fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv");
  static final Http http = server.http();

  @ParameterizedTest
  @ValueSource(strings = {"\"unbalanced", "((", "-", "AND OR", "))((\"", "a OR OR b", "title:", "*", "\\",
      "+-+-", "~2", "\"\"", "NOT", "|", "россия", "<script>"})
  void querySyntaxThatBreaksNaiveParsersIsNeverAnError(String q) {
    Http.Response page = http.get("/search?q=" + Http.enc(q));
    assertEquals(200, page.status(), q);
    assertNotNull(page.html().selectFirst("p.total"), q);
    Http.Response api = http.get("/api/search?q=" + Http.enc(q));
    assertEquals(200, api.status(), q + ": " + api.body());
    assertTrue(api.json().has("total"));
  }

  @Test
  void tenKilobytesOfTextIsShortenedWithANote() {
    String q = "election ".repeat(1200);
    Http.Response page = http.get("/search?q=" + Http.enc(q));
    assertEquals(200, page.status());
    assertTrue(page.body().contains("shortened"), "the user is told the query was cut");
  }

  @Test
  void orWidensAndMinusExcludes() {
    long trump = total("q=trump");
    long biden = total("q=biden");
    long both = total("q=trump+biden");
    long either = total("q=" + Http.enc("trump OR biden"));
    long trumpNotBiden = total("q=" + Http.enc("trump -biden"));
    assertTrue(trump > 0 && biden > 0);
    assertEquals(trump + biden - both, either);
    assertEquals(trump - both, trumpNotBiden);
    long phrase = total("q=" + Http.enc("\"prime minister\""));
    long words = total("q=" + Http.enc("prime minister"));
    assertTrue(phrase > 0 && phrase <= words);
  }

  @Test
  void hitsHaveHighlightedSnippetsAndFacetLinksNarrowAndWiden() {
    Document page = http.get("/search?q=earthquake").html();
    List<Element> hits = page.select("li.hit");
    assertFalse(hits.isEmpty());
    assertTrue(page.select("li.hit .snippet mark").stream()
        .anyMatch(m -> m.text().toLowerCase().startsWith("earthquake")), "matches are marked");

    // Follow the first country value's link: the page narrows, the chip appears, the value stays selected.
    Element firstCountry = page.selectFirst("#facet-country li");
    String value = firstCountry.selectFirst(".value").text();
    long count = Long.parseLong(firstCountry.selectFirst(".count").text());
    Document narrowed = http.get(firstCountry.selectFirst("a.go").attr("href")).html();
    assertEquals(count, totalOf(narrowed));
    assertTrue(narrowed.select(".chip").text().contains("Country: " + value));
    Element selected = narrowed.selectFirst("#facet-country li.selected");
    assertEquals(value, selected.selectFirst(".value").text());

    // Remove it again through the chip.
    Document widened = http.get(narrowed.selectFirst(".chip a.remove").attr("href")).html();
    assertEquals(totalOf(page), totalOf(widened));
    assertTrue(widened.select(".chip").isEmpty());
  }

  @Test
  void pagingAndSortingFollowTheLinks() {
    Document first = http.get("/search?sort=newest&size=5").html();
    assertEquals(5, first.select("li.hit").size());
    Document second = http.get(first.selectFirst("a[rel=next]").attr("href")).html();
    assertEquals(5, second.select("li.hit").size());
    assertFalse(first.select("li.hit h2").text().equals(second.select("li.hit h2").text()));

    JsonNode newest = http.get("/api/search?sort=newest&size=3").json();
    JsonNode oldest = http.get("/api/search?sort=oldest&size=3").json();
    String newestDate = newest.path("hits").get(0).path("published_at").asText();
    String oldestDate = oldest.path("hits").get(0).path("published_at").asText();
    assertTrue(newestDate.compareTo(oldestDate) > 0);
    assertTrue(newestDate.compareTo(newest.path("hits").get(2).path("published_at").asText()) >= 0);
  }

  @Test
  void badParametersAreExplainedNotFailed() {
    Http.Response r = http.get("/search?page=-3&size=100000&from=yesterday&to=2019-13-45&sort=sideways&bogus=1");
    assertEquals(200, r.status());
    String notes = r.html().select("p.note").text();
    assertTrue(notes.contains("Pages start at 1"), notes);
    assertTrue(notes.contains("Page size"), notes);
    assertTrue(notes.contains("from date"), notes);
    assertTrue(notes.contains("Unknown sort"), notes);

    Http.Response pastEnd = http.get("/search?q=earthquake&page=9999");
    assertEquals(200, pastEnd.status());
    Http.Response api = http.get("/api/search?page=abc&size=0");
    assertEquals(200, api.status());
    assertEquals(1, api.json().path("size").asInt());
  }

  @Test
  void emptyResultsOfferAWayOut() {
    Document page = http.get("/search?q=zzqxjv+wwkkpq&country=Russia").html();
    assertEquals(0, totalOf(page));
    assertNotNull(page.selectFirst(".empty"));
    assertNotNull(page.selectFirst(".empty a[href]"), "a link to clear the filters");
  }

  @Test
  void articlePageShowsTextAndFacetLinks() {
    JsonNode hit = http.get("/api/search?q=" + Http.enc("\"Magnitogorsk\"")).json().path("hits").get(0);
    Document article = http.get("/articles/" + hit.path("id").asText()).html();
    assertTrue(article.selectFirst("h1").text().contains("Magnitogorsk"));
    assertTrue(article.select(".body p").size() > 2);
    Element russia = article.select("a.tag.country").stream().filter(a -> a.text().equals("Russia")).findFirst()
        .orElseThrow();
    assertEquals("/search?country=Russia", russia.attr("href"));
    assertEquals(404, http.get("/articles/does-not-exist").status());
  }

  private static long total(String query) {
    return http.get("/api/search?" + query).json().path("total").asLong();
  }

  private static long totalOf(Document page) {
    String text = page.selectFirst("p.total strong").text().replaceAll("[^0-9]", "");
    return Long.parseLong(text);
  }
}

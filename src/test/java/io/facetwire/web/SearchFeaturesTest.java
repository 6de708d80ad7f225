package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.article.ReadOptions;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.facetwire.web.export.ExportRoutes;
import io.facetwire.web.search.FacetRoutes;
import io.facetwire.web.search.SessionHistory;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The search page's features over real HTTP: each checked against an independent search. */
class SearchFeaturesTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard()
      .fixtures("fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv")
      .fixtures(new ReadOptions("RT", Instant.parse("2017-07-30T18:00:00Z")), "fixtures/us-embassy-staff-cut.txt");
  static final Http http = server.http();

  @Test
  void excludingAValueRemovesItsArticlesAndShowsADifferentChip() {
    long all = total("");
    long russia = total("country=Russia");
    long notRussia = total("not_country=Russia");
    assertTrue(russia > 0);
    assertEquals(all - russia, notRussia);

    Document page = http.get("/search?not_country=Russia").html();
    Element chip = page.selectFirst(".chip-exclude");
    assertNotNull(chip, "an exclusion chip");
    assertTrue(chip.text().contains("Russia"));
    assertNull(page.selectFirst(".chip-include"));
    // The excluded value is pinned in its facet, marked, with a way back.
    Element pinned = page.selectFirst("#facet-country li.excluded");
    assertTrue(pinned.text().contains("Russia"));
    assertEquals(all, totalOf(http.get(pinned.selectFirst("a.exclude").attr("href")).html()));

    // The exclude link on a value does the same as the parameter.
    Element usa = page.select("#facet-country li").stream()
        .filter(li -> li.select(".value").text().equals("United States")).findFirst().orElseThrow();
    Document both = http.get(usa.selectFirst("a.exclude").attr("href")).html();
    assertEquals(total("not_country=Russia&not_country=United+States"), totalOf(both));
    assertEquals(2, both.select(".chip-exclude").size());
  }

  @Test
  void fieldPrefixesInTheBoxEqualTheParameters() {
    assertEquals(total("country=Russia"), total("q=" + Http.enc("country:Russia")));
    assertEquals(total("country=Russia"), total("q=" + Http.enc("country:russia")), "any case");
    assertEquals(total("person=Vladimir+Putin&not_country=Germany"),
        total("q=" + Http.enc("person:\"Vladimir Putin\" -country:Germany")));
    assertEquals(total("q=embassy&topic=sanctions"), total("q=" + Http.enc("embassy topic:sanctions")));
    Document page = http.get("/search?q=" + Http.enc("embassy -country:Germany")).html();
    assertEquals("embassy", page.selectFirst("#q").val(), "the box keeps only the words");
    assertTrue(page.selectFirst(".chip-exclude").text().contains("Germany"));
  }

  @Test
  void facetValueSearchFindsValuesByAnyWordAndAppliesTheCurrentSearch() {
    JsonNode values = http.get("/api/facets/person?prefix=put").json().path("values");
    assertEquals("Vladimir Putin", values.get(0).path("value").asText());
    assertEquals(total("person=Vladimir+Putin"), values.get(0).path("count").asLong());
    JsonNode narrowed = http.get("/api/facets/person?prefix=PUT&country=Germany").json().path("values");
    assertEquals(total("person=Vladimir+Putin&country=Germany"), narrowed.get(0).path("count").asLong());
    // Regex characters in the typed text are literal, never a pattern.
    assertEquals(200, http.get("/api/facets/person?prefix=" + Http.enc(".*[(")).status());
    assertEquals(0, http.get("/api/facets/person?prefix=" + Http.enc(".*")).json().path("values").size());
    assertEquals(404, http.get("/api/facets/planet?prefix=x").status());
  }

  @Test
  void aLongOrSelfRepeatingTypedTextIsAnsweredNotRefusedByElasticsearch() {
    // Twelve repeated letters made Elasticsearch's automaton for "a word starts with" too complex to
    // build: the aggregation failed and the visitor was told Elasticsearch could not be reached.
    for (String typed : List.of("a".repeat(12), "e".repeat(50), "ab".repeat(40), "a".repeat(5000))) {
      Http.Response r = http.get("/api/facets/person?prefix=" + typed);
      assertEquals(200, r.status(), typed + ": " + r.body());
      assertEquals(0, r.json().path("values").size(), r.body());
      assertEquals(200, http.get("/facets/person?prefix=" + typed).status(), typed);
      assertEquals(200, http.get("/api/suggest?q=" + typed).status(), typed);
    }
    // Past the letters the pattern holds, the whole typed text still decides.
    JsonNode full = http.get("/api/facets/person?prefix=" + Http.enc("vladimir putin")).json().path("values");
    assertEquals(List.of("Vladimir Putin"), valuesOf(full));
    assertEquals(List.of(), valuesOf(http.get("/api/facets/person?prefix=" + Http.enc("vladimir putix")).json()
        .path("values")));
  }

  private static List<String> valuesOf(JsonNode values) {
    List<String> out = new java.util.ArrayList<>();
    values.forEach(v -> out.add(v.path("value").asText()));
    return out;
  }

  @Test
  void allValuesPageIsPagedAndSortsAToZWithoutJavaScript() {
    Document byCount = http.get("/facets/person").html();
    List<Long> counts = byCount.select("tbody tr td:nth-child(2)").eachText().stream().map(Long::parseLong).toList();
    assertEquals(FacetRoutes.PAGE_SIZE, counts.size());
    for (int i = 1; i < counts.size(); i++) {
      assertTrue(counts.get(i - 1) >= counts.get(i), "by count, descending");
    }
    Document az = http.get(byCount.select("a").stream().filter(a -> a.text().equals("A–Z")).findFirst()
        .orElseThrow().attr("href")).html();
    List<String> names = az.select("tbody tr td:first-child").eachText();
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(String::compareTo);
    assertEquals(sorted, names);
    Element next = az.select("nav.pagination a").first();
    Document second = http.get(next.attr("href")).html();
    assertTrue(second.select("tbody tr td:first-child").eachText().get(0).compareTo(names.get(names.size() - 1)) > 0);
    Document filtered = http.get("/facets/person?prefix=vlad").html();
    assertTrue(filtered.select("tbody tr td:first-child").eachText().contains("Vladimir Putin"));
  }

  @Test
  void histogramBarsNarrowToTheirPeriodWithTheCountTheyShow() {
    Document page = http.get("/search?q=election").html();
    List<Element> bars = page.select(".chart svg a");
    assertFalse(bars.isEmpty(), "histogram bars are links");
    long checked = 0;
    for (Element bar : bars) {
      String title = bar.selectFirst("title").text();
      long count = Long.parseLong(title.replaceAll(".*: ([0-9,]+) articles?$", "$1").replace(",", ""));
      if (count > 0 && checked < 3) {
        Document narrowed = http.get(bar.attr("href")).html();
        assertEquals(count, totalOf(narrowed), title);
        assertNotNull(narrowed.selectFirst(".chip-date"));
        checked++;
      }
    }
    assertTrue(checked > 0);
  }

  @Test
  void entityPageCountsLinkToTheSearchesTheyCount() {
    Document page = http.get("/person/Vladimir%20Putin").html();
    assertEquals("Vladimir Putin", page.selectFirst("h1").text());
    long total = Long.parseLong(page.selectFirst(".lead strong").text().replace(",", ""));
    assertEquals(total("person=Vladimir+Putin"), total);
    Element firstCountry = page.selectFirst(".related-entities li");
    long both = Long.parseLong(firstCountry.selectFirst("a.count").text());
    assertEquals(both, totalOf(http.get(firstCountry.selectFirst("a.count").attr("href")).html()));
    assertFalse(page.select(".latest li").isEmpty());
    assertNotNull(page.selectFirst(".chart svg"));
    assertEquals(404, http.get("/person/Nobody%20Atall").status());
    Http.Response anyCase = http.get("/country/russia");
    assertEquals(301, anyCase.status(), "any case redirects to the canonical page (issue 11)");
    assertEquals("/country/Russia", anyCase.header("Location"));
  }

  @Test
  void articlePageOffersMoreLikeThis() {
    String id = http.get("/api/search?q=Solovyov").json().path("hits").get(0).path("id").asText();
    Document article = http.get("/articles/" + id).html();
    List<Element> related = article.select(".related li a");
    assertFalse(related.isEmpty());
    related.forEach(a -> assertFalse(a.attr("href").endsWith(id), "not itself"));
  }

  @Test
  void machineFormsMatchThePage() throws Exception {
    JsonNode json = http.get("/search.json?country=Russia&sort=newest").json();
    assertEquals(http.get("/api/search?country=Russia&sort=newest").json(), json);

    Http.Response atom = http.get("/search.atom?country=Russia");
    assertTrue(atom.header("Content-Type").startsWith("application/atom+xml"));
    Document feed = Jsoup.parse(atom.body(), "", Parser.xmlParser());
    List<Element> entries = feed.select("entry");
    assertEquals(Math.min(ExportRoutes.FEED_ENTRIES, json.path("total").asInt()), entries.size());
    List<String> updated = entries.stream().map(e -> e.selectFirst("updated").text()).toList();
    List<String> newestFirst = new ArrayList<>(updated);
    newestFirst.sort(java.util.Comparator.reverseOrder());
    assertEquals(newestFirst, updated);
    assertTrue(entries.get(0).selectFirst("id").text().startsWith("urn:facetwire:article:"));
    assertEquals(atom.body(), http.get("/search.atom?country=Russia").body(), "stable entry ids and content");

    Http.Response csv = http.get("/search.csv?country=Russia");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.body())).getRecords();
    assertEquals(json.path("total").asInt(), rows.size());
    assertTrue(rows.stream().allMatch(r -> r.get("countries").contains("Russia")));
    assertTrue(csv.header("Content-Disposition").contains("attachment"));
  }

  @Test
  void misspelledQueriesGetADidYouMean() {
    Document page = http.get("/search?q=putn").html();
    Element suggestion = page.selectFirst(".did-you-mean a");
    assertNotNull(suggestion);
    assertEquals("putin", suggestion.text());
    assertTrue(totalOf(http.get(suggestion.attr("href")).html()) > 0);
    assertNull(http.get("/search?q=putin").html().selectFirst(".did-you-mean"));
  }

  @Test
  void autocompleteSuggestsTitlesAndEntities() {
    JsonNode suggestions = http.get("/api/suggest?q=navaln").json();
    List<String> kinds = new ArrayList<>();
    suggestions.forEach(s -> kinds.add(s.path("kind").asText()));
    assertTrue(kinds.contains("person") && kinds.contains("title"), suggestions.toString());
    for (JsonNode s : suggestions) {
      assertEquals(200, http.get(s.path("url").asText()).status());
    }
    Http.Response odd = http.get("/api/suggest?q=" + Http.enc("\"((*"));
    assertEquals(200, odd.status());
    assertTrue(odd.json().isArray());
  }

  @Test
  void worldMapShadesCountedCountriesAndLinksThem() {
    // The results page links to the map of the same search (app.js loads it in when scrolled to).
    Document results = http.get("/search?q=embassy&page=2").html();
    assertNull(results.selectFirst(".map-svg svg"));
    String mapUrl = results.selectFirst(".map-slot a").attr("href");
    assertEquals(mapUrl, results.selectFirst(".map-slot").attr("data-map-src"));
    assertEquals("/search/map?q=embassy", mapUrl);
    Document page = http.get(mapUrl).html();
    assertNotNull(page.selectFirst("#map-body .map-svg svg"));
    Element row = page.selectFirst("#map-body .map-table tbody tr");
    String country = row.selectFirst("td a").text();
    long count = Long.parseLong(row.select("td").get(1).text());
    assertEquals(count, totalOf(http.get(row.selectFirst("td a").attr("href")).html()));
    assertTrue(page.select(".map-svg svg a title").eachText().stream().anyMatch(t -> t.startsWith(country)));
    // Every country of the results is in the table, not just the sidebar's top ten.
    Document all = http.get("/facets/country?q=embassy").html();
    assertEquals(all.select("tbody tr").size(), page.select("#map-body tbody tr").size());
    assertTrue(page.select("#map-body tbody tr").size() > 10, "more countries than the sidebar shows");

    // An excluded country is not on the map; odd input is answered, never with a server error.
    Document without = http.get("/search/map?q=embassy&not_country=" + Http.enc(country)).html();
    assertTrue(without.select("#map-body tbody td a").eachText().stream().noneMatch(country::equals));
    for (String odd : List.of("q=" + Http.enc("\"((*"), "from=notadate&to=2020-99-99", "country=" + Http.enc("<b>&"))) {
      Http.Response r = http.get("/search/map?" + odd);
      assertTrue(r.status() < 500, odd + " -> " + r.status());
    }
  }

  @Test
  void sessionHistoryListsEarlierSearchesForThisBrowserOnly() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    for (String q : List.of("syria", "election", "vaccine")) {
      browser.send(HttpRequest.newBuilder(java.net.URI.create(http.base() + "/search?q=" + q)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
    String body = browser.send(HttpRequest.newBuilder(java.net.URI.create(http.base() + "/search?q=earthquake"))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    List<String> history = Jsoup.parse(body).select(".history li a").eachText();
    assertEquals(List.of("vaccine", "election", "syria"), history);
    assertTrue(http.get("/search?q=earthquake").html().select(".history li").isEmpty(), "another browser");

    for (int i = 0; i < 30; i++) {
      browser.send(HttpRequest.newBuilder(java.net.URI.create(http.base() + "/search?q=word" + i)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
    String later = browser.send(HttpRequest.newBuilder(java.net.URI.create(http.base() + "/search")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertEquals(SessionHistory.MAX_ENTRIES, Jsoup.parse(later).select(".history li").size());
  }

  private static long total(String query) {
    return http.get("/api/search?" + query).json().path("total").asLong();
  }

  private static long totalOf(Document page) {
    return Long.parseLong(page.selectFirst("p.total strong").text().replaceAll("[^0-9]", ""));
  }
}

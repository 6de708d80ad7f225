package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.search.HistogramInterval;
import io.facetwire.search.SearchSampling;
import io.facetwire.support.Http;
import io.facetwire.support.TestServer;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The histogram keeps to its bar limit when articles from a wider span arrive while the server still holds
 * the corpus's old first and last dates (as at a first start, with the demo articles loading): before, the
 * home page drew a bar per day over years; and a sampled histogram is drawn over the corpus's span, not over
 * whatever span a URL asks for.
 */
class HistogramAfterNewArticlesTest {

  private static String article(int n, LocalDate date) {
    return "{\"id\":\"span-" + n + "\",\"title\":\"Harbour report " + n + "\",\"body\":\"The harbour board met on "
        + date + " to discuss the quay and the ferry timetable for the coming season.\",\"published_at\":\"" + date
        + "T12:00:00Z\"}\n";
  }

  private static long count(Element bar) {
    String n = bar.selectFirst("title").text().replaceAll(".*: (no|[0-9,]+) articles?$", "$1");
    return n.equals("no") ? 0 : Long.parseLong(n.replace(",", ""));
  }

  @Test
  void olderArticlesArrivingWithinTheCachedSpanAreDrawnInBarsOfTheRightWidth() {
    try (TestServer server = TestServer.startWithArticles(article(0, LocalDate.of(2021, 3, 15)))) {
      Http http = server.http();
      assertEquals(200, http.get("/").status());  // the corpus spans one day now, and the server remembers it
      StringBuilder older = new StringBuilder();
      LocalDate first = LocalDate.of(2017, 7, 30);
      for (int n = 1; n <= 40; n++) {
        older.append(article(n, first.plusDays(n * 31L)));
      }
      assertEquals(200, server.api().post("/api/articles", "application/x-ndjson", older.toString()).status());

      Document home = http.get("/").html();
      List<Element> bars = home.select(".chart svg .fw-period");
      assertTrue(bars.size() <= HistogramInterval.MAX_BARS, bars.size() + " bars");
      assertEquals(41, bars.stream().mapToLong(HistogramAfterNewArticlesTest::count).sum());
      // A merged bar counts what its narrowed search finds.
      Element bar = home.select(".chart svg a.fw-period").get(1);
      Document narrowed = http.get(bar.attr("href")).html();
      assertEquals(count(bar), narrowed.select(".chart svg .fw-period").stream()
          .mapToLong(HistogramAfterNewArticlesTest::count).sum(), bar.attr("href"));
    }
  }

  /**
   * Session 15: an article dated in year 0 (a feed or an import can carry any date Elasticsearch stores) among
   * today's news gave every page whose results held it a bar per year from year 0: 2,032 bars, a 346 KB page.
   * Years are joined into wider bars now, still a link each to what they count.
   */
  @Test
  void anArticleFromYearZeroDoesNotDrawABarForEveryYearSince() {
    String far = "{\"id\":\"span-far\",\"title\":\"Harbour report far\",\"body\":\"The harbour board met to"
        + " discuss the quay and the ferry timetable.\",\"published_at\":\"0000-01-01T00:00:00Z\"}\n";
    try (TestServer server = TestServer.startWithArticles(article(0, LocalDate.of(2021, 3, 15)) + far)) {
      Document page = server.http().get("/search?q=harbour").html();
      List<Element> bars = page.select(".chart svg .fw-period");
      assertTrue(bars.size() <= HistogramInterval.MAX_BARS, bars.size() + " bars");
      assertEquals(2, bars.stream().mapToLong(HistogramAfterNewArticlesTest::count).sum());
      // The joined bar holding 2021 narrows to what it counts (a bar before year 1000 cannot: the search's dates
      // are years 1000 to 9999, as before).
      List<Element> links = page.select(".chart svg a.fw-period");
      Element last = links.get(links.size() - 1);
      assertEquals(count(last), server.http().get(last.attr("href")).html().select(".chart svg .fw-period").stream()
          .mapToLong(HistogramAfterNewArticlesTest::count).sum(), last.attr("href"));
    }
  }

  /**
   * Session 16: articles dated in year 9999 and year −5000 (Elasticsearch stores both) arrive while the server holds
   * the old one-day span, so the chart asks for daily bars: Elasticsearch filled every empty day between them,
   * past its 65,536-bucket limit, and the search page answered 400 ("This search could not be run"), the entity
   * pages 503, until the cached span expired. The request now asks for the days that hold articles only.
   */
  @Test
  void articlesDatedThousandsOfYearsApartLeaveEverySearchWorking() {
    try (TestServer server = TestServer.startWithArticles(article(0, LocalDate.of(2021, 3, 15)))) {
      Http http = server.http();
      assertEquals(200, http.get("/").status());  // the corpus spans one day, and the server remembers it
      String far = "{\"id\":\"span-9999\",\"title\":\"Harbour report late\",\"body\":\"The harbour board met in"
          + " Russia.\",\"published_at\":\"9999-06-01T00:00:00Z\"}\n{\"id\":\"span-5000\",\"title\":\"Harbour report"
          + " early\",\"body\":\"The harbour board met in Russia.\",\"published_at\":\"-5000-01-01T00:00:00Z\"}\n";
      Http.Response imported = server.api().post("/api/articles", "application/x-ndjson", far);
      assertEquals(200, imported.status(), imported.body());
      for (String path : List.of("/", "/search?q=harbour", "/country/Russia")) {
        Http.Response page = http.get(path);
        assertEquals(200, page.status(), path + ": " + page.body().substring(0, Math.min(400, page.body().length())));
        List<Element> bars = page.html().select(".chart svg .fw-period");
        assertTrue(!bars.isEmpty() && bars.size() <= HistogramInterval.MAX_BARS, path + ": " + bars.size() + " bars");
      }
      List<Element> bars = http.get("/search?q=harbour").html().select(".chart svg .fw-period");
      assertEquals(3, bars.stream().mapToLong(HistogramAfterNewArticlesTest::count).sum());
    }
  }

  @Test
  void aSampledHistogramOverAnAbsurdDateRangeDrawsTheCorpusSpanOnly() {
    StringBuilder ndjson = new StringBuilder();
    for (int n = 0; n < 30; n++) {
      ndjson.append(article(100 + n, LocalDate.of(2019, 1, 1).plusDays(n * 20L)));
    }
    // Sampling from 10 matches on: the counts request carries the histogram's span as its bounds.
    try (TestServer server = TestServer.start(TestServer.testConfig().withSampling(new SearchSampling(10, 5)),
        java.time.Clock.systemUTC())) {
      assertEquals(200, server.api().post("/api/articles", "application/x-ndjson", ndjson.toString()).status());
      Http.Response r = server.http().get("/search?q=harbour&from=1000-01-01&to=9999-12-31");
      assertEquals(200, r.status());
      List<Element> bars = r.html().select(".chart svg .fw-period");
      assertTrue(!bars.isEmpty() && bars.size() <= HistogramInterval.MAX_BARS, bars.size() + " bars");
    }
  }
}

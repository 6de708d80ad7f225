package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The machine formats as their readers see them: Atom parsed by ROME (every feed with the same
 * required fields), CSV parsed by Commons CSV (the search's order, plain snippets, neutralised
 * formulas, a named file, an optional BOM), and no cookies on either.
 */
class ExportFormatsTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard()
      .fixtures("fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv");

  @BeforeAll
  static void start() {
    Http.Response r = server.api().post("/api/articles", "application/json",
        "[{\"title\": \"=HYPERLINK(\\\"http://evil.example\\\")\", \"body\": \"The quinoaberg formula story.\","
            + " \"published_at\": \"2020-05-01\", \"source\": \"@Wire\"},"
            + "{\"title\": \"Quinoaberg later\", \"body\": \"Another quinoaberg story.\", \"published_at\": \"2021-05-01\"},"
            + "{\"title\": \"\uFF1DHYPERLINK(\\\"http://evil.example\\\")\", \"body\": \"The zorblatt look-alike story.\","
            + " \"published_at\": \"2020-06-01\", \"source\": \"\u200B@Wire\"}]");
    assertEquals(200, r.status(), r.body());
  }

  @Test
  void csvFollowsTheSearchsOrderWithPlainNeutralisedCellsAndAName() throws Exception {
    Http.Response oldest = server.http().get("/search.csv?q=election&sort=oldest");
    assertEquals(200, oldest.status());
    List<CSVRecord> rows = parse(oldest.body());
    assertTrue(rows.size() > 3);
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(rows.get(i - 1).get("published_at").compareTo(rows.get(i).get("published_at")) <= 0,
          "oldest first: " + rows.get(i - 1).get("published_at") + " then " + rows.get(i).get("published_at"));
    }
    rows.forEach(row -> assertFalse(row.get("snippet").contains("<") || row.get("snippet").contains("\uE000"),
        row.get("snippet")));
    List<CSVRecord> newest = parse(server.http().get("/search.csv?q=election&sort=newest").body());
    assertEquals(rows.get(0).get("id"), newest.get(newest.size() - 1).get("id"), "newest is oldest reversed");
    assertEquals("attachment; filename=\"facetwire-election.csv\"", oldest.header("Content-Disposition"));

    CSVRecord formula = parse(server.http().get("/search.csv?q=quinoaberg&sort=oldest").body()).get(0);
    assertEquals("'=HYPERLINK(\"http://evil.example\")", formula.get("title"));
    assertEquals("'@Wire", formula.get("source"));

    // Before (session 11's probe): a full-width sign and a zero-width space before the sign went out as sent.
    CSVRecord lookAlike = parse(server.http().get("/search.csv?q=zorblatt").body()).get(0);
    assertEquals("'\uFF1DHYPERLINK(\"http://evil.example\")", lookAlike.get("title"));
    assertEquals("'\u200B@Wire", lookAlike.get("source"));

    Http.Response bom = server.http().get("/search.csv?q=quinoaberg&bom=1");
    assertTrue(bom.body().startsWith("\uFEFFid,"), "a BOM, then the header");
    assertFalse(server.http().get("/search.csv?q=quinoaberg").body().startsWith("\uFEFF"), "no BOM by default");
  }

  @Test
  void machineFormatsSetNoCookies() {
    for (String path : List.of("/search.csv?q=x", "/search.json?q=x", "/search.atom?q=x", "/api/search?q=x")) {
      Http.Response r = server.http().get(path);
      assertEquals(200, r.status(), path);
      assertEquals(List.of(), r.headers().allValues("Set-Cookie"), path);
    }
    assertFalse(server.http().get("/search?q=x").headers().allValues("Set-Cookie").isEmpty(),
        "pages with forms still get their CSRF cookie");
  }

  @Test
  void searchFeedAndSavedSearchFeedHaveTheSameRequiredFields() throws Exception {
    Feed search = atom(server.http().get("/search.atom?q=quinoaberg").body());
    BrowserSession ann = server.browser();
    ann.signUp("feeds-same@example.org", "feeds same password");
    String page = ann.save("/search?q=quinoaberg", "Quinoaberg");
    String feedUrl = ann.get(page).html().selectFirst("input[aria-label=Feed URL]").val();
    Feed saved = atom(server.http().get(feedUrl.substring(feedUrl.indexOf("/feeds/"))).body());
    for (Feed feed : List.of(search, saved)) {
      assertNotNull(feed.getId());
      assertNotNull(feed.getTitle());
      assertNotNull(feed.getUpdated());
      assertEquals(1, feed.getAlternateLinks().size(), "rel=alternate");
      assertTrue(feed.getOtherLinks().stream().anyMatch(l -> "self".equals(l.getRel())), "rel=self");
      assertEquals(2, feed.getEntries().size());
      for (Entry e : feed.getEntries()) {
        assertTrue(e.getId().startsWith("urn:facetwire:article:"), e.getId());
        assertNotNull(e.getTitle());
        assertNotNull(e.getUpdated());
        assertNotNull(e.getPublished());
        Link alternate = e.getAlternateLinks().get(0);
        assertTrue(alternate.getHref().startsWith("http://127.0.0.1:"), alternate.getHref());
        assertEquals("text", e.getSummary().getType());
        assertTrue(e.getSummary().getValue().contains("quinoaberg"), e.getSummary().getValue());
        assertFalse(e.getSummary().getValue().contains("<"), "plain text: " + e.getSummary().getValue());
      }
    }
    assertEquals(search.getEntries().stream().map(Entry::getId).toList(),
        saved.getEntries().stream().map(Entry::getId).toList(), "same entry ids in both feeds");
  }

  @Test
  void anEmptyFeedIsUpdatedNowNotIn1970() throws Exception {
    Instant before = Instant.now().minusSeconds(5);
    Feed empty = atom(server.http().get("/search.atom?q=zzzqqqnothing").body());
    assertTrue(empty.getEntries().isEmpty());
    assertTrue(empty.getUpdated().toInstant().isAfter(before), "updated " + empty.getUpdated());
  }

  private static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
  }

  private static Feed atom(String xml) throws Exception {
    return (Feed) new WireFeedInput().build(new StringReader(xml));
  }
}

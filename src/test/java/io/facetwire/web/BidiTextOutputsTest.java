package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.HtmlChecker;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.NodeList;

/**
 * Session 15: an article whose title, source and text leave a right-to-left override or an isolate open. Pages
 * isolate and balance it (the browser's view of it: {@code BidiIsolationBrowserTest}) and stay valid HTML; a feed
 * and a CSV export, shown by a feed reader or a spreadsheet, carry it balanced: what it opens it closes.
 */
class BidiTextOutputsTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  @BeforeAll
  static void start() {
    String article = "{\"title\":\"Zebrafinch \\u202Ereport\",\"text\":\"The zebrafinch report\\u2067 on the harbour"
        + " and the pier.\",\"url\":\"https://example.org/zf\",\"source\":\"Wire\\u2069\\u202Eevil\","
        + "\"published_at\":\"2026-03-02T10:00:00Z\"}";
    Http.Response r = server.api().post("/api/articles", "application/json", article);
    assertEquals(200, r.status(), r.body());
  }

  @Test
  void theFeedCarriesTheTitleSourceAndSummaryBalanced() throws Exception {
    Http.Response feed = server.http().get("/search.atom?q=zebrafinch");
    assertEquals(200, feed.status());
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
    NodeList entries = doc.getElementsByTagName("entry");
    assertEquals(1, entries.getLength());
    var entry = (org.w3c.dom.Element) entries.item(0);
    assertEquals("Zebrafinch \u202Ereport\u202C", entry.getElementsByTagName("title").item(0).getTextContent());
    assertEquals("Wire\u202Eevil\u202C", entry.getElementsByTagName("name").item(0).getTextContent());
    String summary = entry.getElementsByTagName("summary").item(0).getTextContent();
    assertTrue(summary.endsWith("\u2069"), summary);
  }

  @Test
  void theCsvCellsAreBalanced() {
    Http.Response csv = server.http().get("/search.csv?q=zebrafinch");
    assertEquals(200, csv.status());
    assertTrue(csv.body().contains("Zebrafinch \u202Ereport\u202C"), csv.body());
    assertTrue(csv.body().contains("Wire\u202Eevil\u202C"), csv.body());
    assertTrue(!csv.body().contains("\u2069\u202E"), "the stray closer is dropped: " + csv.body());
  }

  @Test
  void pagesIsolateItAndStayValidHtml() {
    for (String path : List.of("/search?q=zebrafinch", "/source/Wire%E2%81%A9%E2%80%AEevil", "/search?q=zebra%E2%80%AE",
        "/search?q=zebrafinch&source=Wire%E2%81%A9%E2%80%AEevil")) {
      Http.Response page = server.http().get(path);
      assertEquals(200, page.status(), path);
      List<String> errors = HtmlChecker.errors(page.body());
      assertTrue(errors.isEmpty(), path + ": " + String.join("\n", errors));
      assertTrue(!page.body().contains("\u202E<"), path + " leaves an override open before a tag");
    }
    String results = server.http().get("/search?q=zebrafinch").body();
    assertTrue(results.contains(" \u2068\u202Ereport\u202C\u2069</a>"), results);
    // The page's title joins the query to the site's name: the query is isolated where it is joined.
    String title = server.http().get("/search?q=zebra%E2%80%AE").body();
    assertTrue(title.contains("<title>\u2068\u2068zebra\u202E\u202C\u2069 – Facetwire\u2069</title>"),
        title.substring(0, Math.min(600, title.length())));
  }

  /**
   * Session 16: the topic editor's title joined a topic's name (the admin types it, or a link carries it) to the
   * site's name without isolating it, relying on the page gate, which isolates a run only from its first control
   * to the run's end: the override reversed " – Facetwire" (now every title is made by {@code PageTitle}).
   */
  @Test
  void theTopicEditorsTitleIsolatesTheTopicsName() {
    io.facetwire.support.BrowserSession admin = server.browser();
    admin.signUp("bidi-title-admin@example.org", "admin password");
    // A preview takes any name (the editor's page for a new topic); its answer is the editor under that title.
    Http.Response page = admin.post("/admin/topics/preview", java.util.Map.of("topic", "zebra\u202E",
        "block", "[zebra\u202E]\nthreshold = 3\n5  zebrafinch\n"));
    assertTrue(page.status() == 200 || page.status() == 400, page.status() + " " + page.body());
    // The name's override is closed, and its isolate ended, before " – Facetwire" (the gate then isolates the run).
    assertTrue(page.body().contains("<title>Edit topic \u2068\u2068zebra\u202E\u202C\u2069 – Facetwire\u2069</title>"),
        page.body().substring(0, Math.min(600, page.body().length())));
  }
}

package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.Facetwire;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.IndexNames;
import io.facetwire.engine.embedded.EmbeddedElasticsearch;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.TestServer;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Saved searches across an Elasticsearch restart, and what users see while Elasticsearch is away:
 * a node of its own, on a fixed port, stopped and started again on the same data folder.
 */
class RestartAndOutageTest {

  EmbeddedElasticsearch node;
  Facetwire facetwire;
  Javalin app;

  @AfterEach
  void tearDown() {
    if (app != null) {
      app.stop();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void accountsSavedSearchesAndFeedTokensSurviveRestartsAndOutagesGive503UntilElasticsearchIsBack()
      throws Exception {
    Path home = Files.createTempDirectory("facetwire-restart");
    int port = freePort();
    node = EmbeddedElasticsearch.start(home, port, "restart-test");
    ElasticsearchSettings external = new ElasticsearchSettings(List.of(node.httpUrl()), node.apiKey(), null, null, null);
    facetwire = Facetwire.open(external, home, new IndexNames("r-"), TestServer.extractor(), TestServer.testConfig());
    TestServer.importFixtures(facetwire.importer(), io.facetwire.article.ReadOptions.NONE, "fixtures/wikinews_2019.csv");
    app = App.create(facetwire).start("127.0.0.1", 0);
    BrowserSession browser = new BrowserSession("http://127.0.0.1:" + app.port());
    assertEquals(303, browser.signUp("ann@example.org", "correct horse battery").status());

    // Save from the results page form, as a browser would.
    Document results = browser.get("/search?q=election&country=United+States&sort=newest").html();
    Element form = results.selectFirst("form.save-form");
    assertEquals("election, Country: United States", form.selectFirst("input[name=name]").val());
    Http.Response saved = browser.submit(results, "form.save-form", Map.of("name", "US elections"));
    assertEquals(303, saved.status());
    Document list = browser.get("/saved").html();
    Element row = list.selectFirst("tbody tr");
    assertEquals("US elections", row.selectFirst("td a.name").text());
    assertEquals("/search?q=election&country=United+States&sort=newest",
        row.selectFirst("td:nth-child(2) a").attr("href"));
    String pageUrl = row.selectFirst("td a.name").attr("href");
    Document page = browser.get(pageUrl).html();
    String feedUrl = page.selectFirst("input[aria-label=Feed URL]").val();
    String feedPath = feedUrl.substring(feedUrl.indexOf("/feeds/"));
    assertEquals(200, browser.get(feedPath).status());

    assertEquals(303, browser.submit(list, "form[action$=rename]", Map.of("name", "Elections in the US")).status());
    assertEquals(400, browser.submit(list, "form[action$=rename]", Map.of("name", "  ")).status());
    assertEquals(404, browser.post("/saved/not-an-id/rename", Map.of("name", "x")).status());

    // Elasticsearch goes away: pages say so with 503, the server keeps running.
    node.close();
    node = null;
    Http http = new Http("http://127.0.0.1:" + app.port());
    Http.Response down = http.get("/search?q=election");
    assertEquals(503, down.status());
    assertTrue(down.html().text().contains("cannot reach Elasticsearch"), down.body());
    assertEquals(503, http.get("/api/search?q=x").status());
    assertEquals(503, http.get("/health").status());
    assertEquals(503, browser.get("/saved").status());

    // Back on the same folder and port: everything is there again, nothing restarted on our side.
    node = EmbeddedElasticsearch.start(home, port, "restart-test");
    waitUntilHealthy(http);
    assertEquals(200, http.get("/search?q=election").status());
    Document after = browser.get("/saved").html();
    assertEquals("Elections in the US", after.selectFirst("tbody td a.name").text());
    assertFalse(after.selectFirst("tbody td:nth-child(4)").text().equals("never"), "last visit kept");

    // A second server on the same cluster (as after a restart, or beside the first): the session,
    // the account's password and the feed token all live in Elasticsearch, so all of them still work.
    Javalin second = App.create(facetwire).start("127.0.0.1", 0);
    try {
      BrowserSession same = new BrowserSession("http://127.0.0.1:" + second.port());
      assertEquals(303, same.signIn("ann@example.org", "correct horse battery").status());
      assertEquals("Elections in the US", same.get("/saved").html().selectFirst("tbody td a.name").text());
      Http.Response feed = new Http("http://127.0.0.1:" + second.port()).get(feedPath);
      assertEquals(200, feed.status());
      assertTrue(feed.body().contains("Elections in the US"), feed.body());
      // The first browser's cookie, sent to the second server: recognised without signing in again.
      Http.Response withFirstCookie = browser.onServer("http://127.0.0.1:" + second.port()).get("/saved");
      assertEquals(200, withFirstCookie.status());
      assertEquals("Elections in the US", withFirstCookie.html().selectFirst("tbody td a.name").text());
      assertEquals(303, new BrowserSession("http://127.0.0.1:" + second.port()).get("/saved").status(),
          "a browser without a session is sent to sign in");
    } finally {
      second.stop();
    }

    String deleteUrl = after.selectFirst("form[action$=delete]").attr("action");
    assertEquals(303, browser.submit(after, "form[action$=delete]", Map.of()).status());
    assertTrue(browser.get("/saved").html().select("tbody tr").isEmpty());
    assertEquals(404, browser.post(deleteUrl, Map.of()).status());
    assertEquals(404, http.get(feedPath).status(), "a deleted search's feed is gone");
  }

  private static void waitUntilHealthy(Http http) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (http.get("/health").status() == 200) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Elasticsearch did not come back");
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}

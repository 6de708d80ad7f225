package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.Facetwire;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.IndexNames;
import io.facetwire.engine.embedded.EmbeddedElasticsearch;
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
  void savedSearchLifecycleSurvivesARestartAndOutagesGive503UntilElasticsearchIsBack() throws Exception {
    Path home = Files.createTempDirectory("facetwire-restart");
    int port = freePort();
    node = EmbeddedElasticsearch.start(home, port, "restart-test");
    ElasticsearchSettings external = new ElasticsearchSettings(List.of(node.httpUrl()), null, null, null, null);
    facetwire = Facetwire.open(external, home, new IndexNames("r-"), TestServer.extractor());
    TestServer.importFixtures(facetwire.importer(), io.facetwire.article.ReadOptions.NONE, "fixtures/wikinews_2019.csv");
    app = App.create(facetwire).start("127.0.0.1", 0);
    Http http = new Http("http://127.0.0.1:" + app.port());

    // Save from the results page form, as a browser would.
    Document results = http.get("/search?q=election&country=United+States&sort=newest").html();
    Element form = results.selectFirst("form.save-form");
    assertEquals("election, Country: United States", form.selectFirst("input[name=name]").val());
    String query = form.selectFirst("input[name=query]").val();
    Http.Response saved = http.postForm("/saved", Map.of("name", "US elections", "query", query));
    assertEquals(303, saved.status());
    Document list = http.get("/saved").html();
    Element row = list.selectFirst("tbody tr");
    assertEquals("US elections", row.selectFirst("td a").text());
    String runUrl = row.selectFirst("td a").attr("href");

    Http.Response run = http.get(runUrl);
    assertEquals(303, run.status());
    assertEquals("/search?q=election&country=United+States&sort=newest", run.header("Location"));

    String renameUrl = row.selectFirst("form[action$=rename]").attr("action");
    assertEquals(303, http.postForm(renameUrl, Map.of("name", "Elections in the US")).status());
    assertEquals(400, http.postForm(renameUrl, Map.of("name", "  ")).status());
    assertEquals(404, http.postForm("/saved/not-an-id/rename", Map.of("name", "x")).status());

    // Elasticsearch goes away: pages say so with 503, the server keeps running.
    node.close();
    node = null;
    Http.Response down = http.get("/search?q=election");
    assertEquals(503, down.status());
    assertTrue(down.html().text().contains("cannot reach Elasticsearch"), down.body());
    assertEquals(503, http.get("/api/search?q=x").status());
    assertEquals(503, http.get("/health").status());
    assertEquals(503, http.get("/saved").status());

    // Back on the same folder and port: everything is there again, nothing restarted on our side.
    node = EmbeddedElasticsearch.start(home, port, "restart-test");
    waitUntilHealthy(http);
    assertEquals(200, http.get("/search?q=election").status());
    Document after = http.get("/saved").html();
    assertEquals("Elections in the US", after.selectFirst("tbody td a").text());
    assertNotNull(after.selectFirst("tbody td:nth-child(3)"));
    assertFalse(after.selectFirst("tbody td:nth-child(3)").text().equals("never"), "last run time kept");

    String deleteUrl = after.selectFirst("form[action$=delete]").attr("action");
    assertEquals(303, http.postForm(deleteUrl, Map.of()).status());
    assertTrue(http.get("/saved").html().select("tbody tr").isEmpty());
    assertEquals(404, http.postForm(deleteUrl, Map.of()).status());
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

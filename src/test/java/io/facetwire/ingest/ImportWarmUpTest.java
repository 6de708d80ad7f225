package io.facetwire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.metrics.Meters;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server's import warm-up ({@code serve}, issue 15): the import path run over the demo corpus into a
 * scratch index, on the real node, leaving nothing behind — no article, no scratch index, no figure in
 * {@code /metrics} — and giving way to a real import through the real HTTP route.
 */
class ImportWarmUpTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  @Test
  void runsTheRequestedArticlesThroughTheImportPathAndLeavesNothingBehind() throws Exception {
    double metered = indexedInMetrics();
    long imports = server.facetwire().importer().runsStarted();
    long stored = server.facetwire().articles().count();

    // 400 articles: a whole round of the 293 Wikinews articles and part of a second, under fresh ids.
    ImportWarmUp.Outcome outcome = server.facetwire().importWarmUp(400).run();

    assertEquals(400, outcome.articles(), "each one acknowledged by the node as created: " + outcome.oneLine());
    assertEquals(2, outcome.rounds(), outcome.oneLine());
    assertEquals("done", outcome.stopped());
    assertFalse(scratchIndexExists(), "the scratch index is deleted");
    assertEquals(stored, server.facetwire().articles().count(), "nothing reaches the articles index");
    assertEquals(metered, indexedInMetrics(), "/metrics counts real imports only");
    assertEquals(imports, server.facetwire().importer().runsStarted(), "the warm-up is no import of the server");
  }

  @Test
  void givesWayToARealImportThroughTheRoute() throws Exception {
    // More articles than it would run before the test's import: only the import can stop it.
    CompletableFuture<ImportWarmUp.Outcome> warming =
        CompletableFuture.supplyAsync(() -> server.facetwire().importWarmUp(1_000_000).run());
    waitForScratchArticles();

    Http.Response r = server.api().send(server.api().request("/api/import/files")
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(oneFile("yield.txt",
            "Warm-up yields\n\nThe import warm-up stops when a real import begins."))).build());
    assertEquals(200, r.status(), r.body());
    assertEquals(1, r.json().path("indexed").asInt(), r.body());

    ImportWarmUp.Outcome outcome = warming.get(5, TimeUnit.MINUTES);
    assertEquals("stopped: an import began", outcome.stopped(), outcome.oneLine());
    assertTrue(outcome.articles() > 0 && outcome.articles() < 1_000_000, outcome.oneLine());
    assertFalse(scratchIndexExists(), "the scratch index is deleted after a stop too");
    JsonNode hit = server.http().get("/api/search?q=%22warm-up+yields%22").json().path("hits").get(0);
    assertEquals("Warm-up yields", hit.path("title").asText(), "the real import is whole");
  }

  private static String scratchIndex() {
    return server.facetwire().names().prefix() + "import-warm-up";
  }

  private static boolean scratchIndexExists() throws IOException {
    // The low-level client answers a HEAD's 404 as a response, not as an exception.
    int status = server.facetwire().engine().restClient().performRequest(new Request("HEAD", "/" + scratchIndex()))
        .getStatusLine().getStatusCode();
    assertTrue(status == 200 || status == 404, "HEAD of the scratch index: " + status);
    return status == 200;
  }

  /** Waits (without a time limit of its own beyond the test's patience) until a round was written. */
  private static void waitForScratchArticles() throws Exception {
    for (int i = 0; i < 3000; i++) {
      try {
        JsonNode count = Json.mapper().readTree(server.facetwire().engine().restClient()
            .performRequest(new Request("GET", "/" + scratchIndex() + "/_count")).getEntity().getContent());
        if (count.path("count").asLong() > 0) {
          return;
        }
      } catch (ResponseException notYet) {
        // The index is not made yet.
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the warm-up wrote no round into " + scratchIndex());
  }

  private static double indexedInMetrics() {
    var counter = Meters.registry().find("facetwire.import.articles").tag("outcome", "indexed").counter();
    return counter == null ? 0 : counter.count();
  }

  private static byte[] oneFile(String name, String text) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    FileStream.writeFile(new DataOutputStream(body), name,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    return body.toByteArray();
  }
}

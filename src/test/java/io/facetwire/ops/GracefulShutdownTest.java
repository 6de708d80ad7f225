package io.facetwire.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.engine.IndexNames;
import io.facetwire.support.Http;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import io.facetwire.web.App;
import io.facetwire.web.http.GracefulStop;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A server told to stop while requests are in flight: it stops accepting at once, and the requests
 * already inside — a big import batch and a CSV export — finish and answer in full. The requests are
 * held at the door (a test-only before-handler) until the stop has begun, so the order is certain
 * without any timing.
 */
class GracefulShutdownTest {

  private static final int BATCH = 2000;

  /**
   * Upper bounds only, never a measure: on a machine with a load average of 25 the drain itself took
   * over a minute, and a stop that gives up cuts the requests the test is about.
   */
  private static final int PATIENCE_SECONDS = 600;

  @Test
  void stopLetsAnImportBatchAndACsvExportInFlightFinish() throws Exception {
    // The search and export budgets are no part of this test: under a load average of 30 an export page
    // passed the default 5 s and the export ended "partial" after 125 of 171 rows.
    FacetwireConfig.Limits d = TestServer.testConfig().limits();
    Duration patience = Duration.ofSeconds(PATIENCE_SECONDS);
    FacetwireConfig config = TestServer.testConfig().withLimits(new FacetwireConfig.Limits(d.importBody(),
        d.extractBody(), d.otherBody(), d.articleChars(), patience, patience, d.expensivePerAddress(),
        d.expensiveTotal(), d.searchesPerAddress(), d.searchesTotal(), d.searchWait()));
    Facetwire facetwire = Facetwire.onEngine(TestEngine.get(), new IndexNames(TestEngine.uniquePrefix()),
        TestServer.extractor(), Clock.systemUTC(), config);
    facetwire.startBackgroundJobs(Duration.ofHours(1));
    TestServer.importFixtures(facetwire.importer(), io.facetwire.article.ReadOptions.NONE,
        "fixtures/wikinews_2019.csv");
    long before = facetwire.articles().count();

    CountDownLatch inside = new CountDownLatch(2);
    CountDownLatch stopBegun = new CountDownLatch(1);
    Javalin app = App.create(facetwire, null, routes -> {
      routes.before("/api/articles", ctx -> hold(inside, stopBegun));
      routes.before("/search.csv", ctx -> hold(inside, stopBegun));
    });
    app.start("127.0.0.1", 0);
    int port = app.port();
    Http http = new Http("http://127.0.0.1:" + port);

    CompletableFuture<Http.Response> batch = CompletableFuture.supplyAsync(() ->
        http.withBearer(TestServer.API_TOKEN).post("/api/articles", "application/x-ndjson", ndjson(BATCH)));
    CompletableFuture<Http.Response> csv = CompletableFuture.supplyAsync(() -> http.get("/search.csv"));
    assertTrue(inside.await(PATIENCE_SECONDS, TimeUnit.SECONDS), "both requests reached the server");

    CompletableFuture<Integer> stopping = CompletableFuture.supplyAsync(() -> GracefulStop.stop(app, Duration.ofSeconds(PATIENCE_SECONDS)));
    waitUntilRefused(port); // the stop has begun: no new connections
    stopBegun.countDown();

    Http.Response imported = batch.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertEquals(200, imported.status(), imported.body());
    JsonNode summary = imported.json();
    assertEquals(BATCH, summary.path("indexed").asInt(), imported.body());
    Http.Response export = csv.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertEquals(200, export.status());
    long rows = export.body().lines().count() - 1;
    assertTrue(rows >= before, "the export has every article that was there: " + rows + " of " + before
        + "; its last line: " + export.body().strip().lines().reduce((a, b) -> b).orElse(""));
    assertEquals(0, stopping.get(PATIENCE_SECONDS, TimeUnit.SECONDS), "no request was cut");

    assertEquals(before + BATCH, facetwire.articles().count(), "every article the answer counted is stored");
    facetwire.stopBackgroundJobs();
  }

  private static void hold(CountDownLatch inside, CountDownLatch stopBegun) throws InterruptedException {
    inside.countDown();
    if (!stopBegun.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the test never stopped the server");
    }
  }

  /** New connections are refused once the stop has begun (Jetty closed the listening socket). */
  private static void waitUntilRefused(int port) throws InterruptedException {
    for (int attempt = 0; attempt < 1000; attempt++) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        Thread.sleep(20);
      } catch (IOException refused) {
        return;
      }
    }
    fail("the stopping server still accepts connections");
  }

  private static String ndjson(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append("{\"id\":\"drain-").append(i).append("\",\"title\":\"Drained article ").append(i)
          .append("\",\"body\":\"Talks in Moscow about oil prices, number ").append(i)
          .append(".\",\"published_at\":\"2021-03-0").append(1 + i % 9).append("\"}\n");
    }
    return out.toString();
  }
}

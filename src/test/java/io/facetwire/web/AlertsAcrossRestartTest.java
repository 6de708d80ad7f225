package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.Facetwire;
import io.facetwire.FacetwireConfig;
import io.facetwire.account.Housekeeping;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.IndexNames;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.HeldExpensivePlace;
import io.facetwire.support.Http;
import io.facetwire.support.TestServer;
import io.facetwire.support.WebhookReceiver;
import io.facetwire.web.http.ExpensiveWork;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Session 28, a leftover of session 27: the saved searches whose alert check found no expensive place wait for a
 * retry in the server's memory only, so a server stopped while some waited checked them after the next import, not
 * when it started again. Here the real server, on its own embedded node and data folder, is stopped while a wildcard
 * saved search waits for a place, and started again on the same folder: the alert must come with no import.
 */
class AlertsAcrossRestartTest {

  /** One expensive place in all, so the test's held place leaves the alert check none. */
  static final FacetwireConfig CONFIG = TestServer.testConfig()
      .withLimits(FacetwireConfig.Limits.defaults().withExpensive(1, 1));

  /** A server as {@code serve} runs one: its own node on the data folder, background jobs, the web side. */
  record Running(Facetwire facetwire, Javalin app) implements AutoCloseable {

    static Running on(Path data) {
      Facetwire facetwire = Facetwire.open(ElasticsearchSettings.embedded(), data, new IndexNames("facetwire-"),
          TestServer.extractor(), CONFIG);
      facetwire.startBackgroundJobs(Housekeeping.EVERY);
      return new Running(facetwire, App.create(facetwire).start("127.0.0.1", 0));
    }

    String base() {
      return "http://127.0.0.1:" + app.port();
    }

    /** Stops as {@code serve} does on SIGTERM: the web side, then the jobs (a waiting retry is dropped), then the node. */
    @Override
    public void close() {
      app.stop();
      facetwire.close();
    }
  }

  @Test
  void anAlertWaitingForARetryWhenTheServerStopsComesOnceItStartsAgainWithoutAnImport() throws Exception {
    Path data = Files.createTempDirectory("fw-alerts-restart");
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Running first = Running.on(data);
      try {
        BrowserSession ann = new BrowserSession(first.base());
        assertEquals(303, ann.signUp("restart.alerts@example.org", "restart alerts password").status());
        Document account = ann.get("/account").html();
        assertEquals(303, ann.submit(account, "form[action=/account/webhook]", Map.of("webhook_url", receiver.url()))
            .status());
        String page = ann.save("/search?q=" + Http.enc("monorai*"), "Monorails");
        assertEquals(303, ann.post(page + "/alerts", Map.of("alerts", "on")).status());

        ExpensiveWork places = first.app().unsafe.appDataManager.get(App.EXPENSIVE_WORK);
        try (HeldExpensivePlace held = HeldExpensivePlace.holdIn(places)) {
          Http.Response r = new Http(first.base()).withBearer(TestServer.API_TOKEN).post("/api/articles",
              "application/json", "{\"title\": \"Monorail extended\", \"body\": \"The monorail reaches the airport.\","
                  + " \"published_at\": \"2026-03-30\"}");
          assertEquals(200, r.status(), r.body());
          first.facetwire().alerts().awaitIdle(Duration.ofSeconds(30));
          assertEquals(0, receiver.received().size(), "the wildcard search found no place: it waits for a retry");
          // Stopped while it waits: the retry queued in this server's memory never runs.
          first.close();
          first = null;
        }
      } finally {
        if (first != null) {
          first.close();
        }
      }

      try (Running second = Running.on(data)) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (receiver.received().isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        // Before session 28: nothing until the next import.
        assertEquals(1, receiver.received().size(), "the alert after the restart, with no import");
        var search = receiver.received().get(0).json().path("saved_searches").get(0);
        assertEquals("Monorails", search.path("name").asText());
        assertEquals("Monorail extended", search.path("articles").get(0).path("title").asText());
        second.facetwire().alerts().awaitIdle(Duration.ofSeconds(30));
      }
    }
  }
}

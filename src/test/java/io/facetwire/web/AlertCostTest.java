package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.FacetwireConfig;
import io.facetwire.saved.AlertCheck;
import io.facetwire.saved.AlertScheduler;
import io.facetwire.saved.SavedSearch;
import io.facetwire.support.AlertFixtures;
import io.facetwire.support.CountingClient;
import io.facetwire.support.TestEngine;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.HeldExpensivePlace;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 27, the leftover of session 26: the alert check after an import ran every account's saved searches with
 * wildcards in the background, outside the expensive places every visitor's wildcard search takes, so an import
 * after many accounts had saved wildcard searches filled Elasticsearch's search threads for as long as they ran.
 * Now they run in an expensive place; when none is free they wait for a retry, and their alert still comes.
 */
class AlertCostTest {

  // One expensive place in all, so the test's one held request takes every place; a held body may wait a minute.
  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config.withLimits(FacetwireConfig.Limits
      .defaults().withExpensive(1, 1).withBodyPace(1024, Duration.ofMinutes(1))));
  static final Http http = server.http();
  static WebhookReceiver receiver;

  @BeforeAll
  static void start() {
    receiver = new WebhookReceiver();
  }

  @AfterAll
  static void stop() {
    receiver.close();
  }

  static void importJson(String json) {
    AlertFixtures.importJson(server, json);
  }

  @Test
  void wildcardSavedSearchesWaitForAnExpensivePlaceAndTheirAlertStillComes() throws Exception {
    BrowserSession ann = server.browser();
    assertEquals(303, ann.signUp("wildcard.alerts@example.org", "wildcard alerts password").status());
    Document account = ann.get("/account").html();
    assertEquals(303, ann.submit(account, "form[action=/account/webhook]", Map.of("webhook_url", receiver.url())).status());
    importJson(AlertFixtures.article("Before alerts", "A monorail opens in the old town."));
    String page = ann.save("/search?q=" + Http.enc("monorai*"), "Monorails");
    assertEquals(303, ann.post(page + "/alerts", Map.of("alerts", "on")).status());
    int before = receiver.received().size();

    try (HeldExpensivePlace held = HeldExpensivePlace.hold(server)) {
      importJson(AlertFixtures.article("Monorail extended", "The monorail reaches the airport."));
      // Before session 27 the wildcard search ran at once, in no place: the alert was already posted here.
      assertEquals(before, receiver.received().size(), "an alert whose wildcard search had no expensive place");
    }
    // No other import: the retry finds the place free and the alert comes.
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (receiver.received().size() == before && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    List<WebhookReceiver.Received> got = receiver.received().subList(before, receiver.received().size());
    assertEquals(1, got.size(), "the alert after the place came back: " + got);
    JsonNode search = got.get(0).json().path("saved_searches").get(0);
    assertEquals("Monorails", search.path("name").asText());
    assertEquals(1, search.path("new_count").asInt());
    assertEquals("Monorail extended", search.path("articles").get(0).path("title").asText());
    // The webhook hears the alert before the check records it: wait for the retry to end.
    server.facetwire().alerts().awaitIdle(Duration.ofSeconds(30));
    assertTrue(ann.get(page).html().selectFirst(".alert-status").text().startsWith("Last alert delivered"));

    // Delivered once: nothing new, nothing sent again.
    importJson(AlertFixtures.article("Ferry", "A ferry sails."));
    assertEquals(before + 1, receiver.received().size());
  }

  /**
   * The check's own cost: saved searches with wildcards are checked ten to a place, their {@code _msearch} one item
   * at a time (one search thread, as one visitor's wildcard search), while those without wildcards keep their
   * hundred to a request; refused a place, the wildcard ones send nothing and are reported waiting.
   */
  @Test
  void aCheckRunsWildcardSearchesTenToAPlaceOneAtATime() throws Exception {
    String owner = "many.wildcards@example.org";
    Instant now = Instant.now();
    List<SavedSearch> searches = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      searches.add(AlertFixtures.alerting("wild" + i, owner, "q=zeppeli*+x" + i, now));
      searches.add(AlertFixtures.alerting("plain" + i, owner, "q=zeppelin" + i, now));
    }
    AlertFixtures.store(server, searches);
    try (CountingClient counting = new CountingClient(TestEngine.get())) {
      AlertScheduler alerts = AlertFixtures.scheduler(server, counting.client(), java.time.Clock.systemUTC());
      AtomicInteger places = new AtomicInteger();
      List<String> inPlace = new java.util.concurrent.CopyOnWriteArrayList<>();
      alerts.takePlacesFrom(work -> {
        places.incrementAndGet();
        int from = counting.paths().size();
        work.run();
        inPlace.addAll(counting.paths().subList(from, counting.paths().size()));
        return true;
      });
      AlertCheck.Report report = alerts.checkNow();
      assertTrue(report.searchesChecked() >= 50, report.toString());
      assertEquals(0, report.waitingForPlace());
      assertTrue(!inPlace.isEmpty() && inPlace.stream().allMatch(p -> p.contains("max_concurrent_searches=1")), inPlace.toString());
      List<String> outside = new ArrayList<>(counting.paths());
      inPlace.forEach(outside::remove);
      assertTrue(!outside.isEmpty() && outside.stream().noneMatch(p -> p.contains("max_concurrent_searches")),
          outside.toString());

      counting.reset();
      alerts.takePlacesFrom(work -> false);
      AlertCheck.Report refused = alerts.checkNow();
      // The 25 and any a test before this one saved (this class's server is shared).
      assertTrue(refused.waitingForPlace() >= 25 && refused.waitingForPlace() < 30, refused.toString());
      assertEquals((refused.waitingForPlace() + 9) / 10, places.get(), "wildcard searches ten to a place");
      assertTrue(counting.paths().stream().noneMatch(p -> p.contains("max_concurrent_searches")), counting.paths().toString());
      alerts.close();
    }
  }
}

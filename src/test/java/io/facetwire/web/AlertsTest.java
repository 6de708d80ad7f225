package io.facetwire.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.saved.AlertCheck;
import io.facetwire.saved.AlertScheduler;
import io.facetwire.saved.SavedSearch;
import io.facetwire.support.AlertFixtures;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.CountingClient;
import io.facetwire.support.Http;
import io.facetwire.support.MutableClock;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TestEngine;
import io.facetwire.support.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alerts end to end: a saved search with alerts on, an import over HTTP, and a JSON POST arriving at
 * a local receiver; retries with backoff, failures shown on the page and made good after the next import.
 */
class AlertsTest {

  static MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().clock(clock);
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
    clock.advance(Duration.ofMinutes(1));
    AlertFixtures.importJson(server, json);
  }

  static String article(String title, String body) {
    return AlertFixtures.article(title, body);
  }

  /** Session 17: a webhook address with leading zeros reads as two hosts (octal to some programs) and is refused. */
  @Test
  void aWebhookAddressThatReadsAsTwoHostsIsRefusedWithTheReason() {
    BrowserSession bea = server.browser();
    bea.signUp("octal@example.org", "octal password");
    Document account = bea.get("/account").html();
    Http.Response r = bea.submit(account, "form[action=/account/webhook]", Map.of("webhook_url", "http://0177.0.0.1:9200/"));
    assertEquals(400, r.status(), r.body());
    assertTrue(r.body().contains("reads as two different hosts"), r.body());
    assertTrue(bea.get("/account").html().selectFirst("#webhook_url").val().isEmpty(), "nothing stored");
  }

  @Test
  void newMatchesArePostedToTheOwnersWebhookAndFailuresAreRetriedShownAndMadeGood() {
    BrowserSession ann = server.browser();
    ann.signUp("alerts@example.org", "alerts password");
    Document account = ann.get("/account").html();
    assertEquals(303, ann.submit(account, "form[action=/account/webhook]", Map.of("webhook_url", receiver.url())).status());
    importJson(article("Before alerts", "A tramway opens in the old town."));
    String page = ann.save("/search?q=tramway", "Tramways");
    assertEquals(303, ann.post(page + "/alerts", Map.of("alerts", "on")).status());
    int before = receiver.received().size();

    // An import with two matches and one other article: one POST with both matches.
    // One of them carries a javascript: URL: like every output, the payload gives out http(s) URLs only.
    importJson("[" + article("Tramway extended", "The tramway reaches the airport.")
            .replace("{", "{\"url\": \"javascript:alert(document.cookie)\", ") + ","
        + article("Second tramway line", "A second tramway line is planned.")
            .replace("{", "{\"url\": \"https://example.org/second-line\", ") + ","
        + article("Bakery", "Bread prices rise.") + "]");
    List<WebhookReceiver.Received> got = receiver.received().subList(before, receiver.received().size());
    assertEquals(1, got.size(), got.toString());
    assertEquals("application/json", got.get(0).contentType());
    JsonNode alert = got.get(0).json();
    assertEquals("facetwire.new_matches", alert.path("type").asText());
    assertEquals("alerts@example.org", alert.path("account").asText());
    JsonNode search = alert.path("saved_searches").get(0);
    assertEquals("Tramways", search.path("name").asText());
    assertEquals(2, search.path("new_count").asInt());
    assertEquals(List.of("Second tramway line", "Tramway extended").stream().sorted().toList(),
        search.path("articles").findValuesAsText("title").stream().sorted().toList());
    assertTrue(search.path("articles").get(0).path("article_url").asText().startsWith("/articles/"));
    assertFalse(alert.toString().contains("javascript"), alert.toString());
    assertTrue(alert.toString().contains("https://example.org/second-line"), alert.toString());
    assertTrue(ann.get(page).html().selectFirst(".alert-status").text().startsWith("Last alert delivered"));

    // Nothing new for the search: nothing is sent.
    importJson(article("Ferry", "A ferry sails."));
    assertEquals(before + 1, receiver.received().size());

    // The webhook fails every attempt (1 + 2 retries): the failure shows on the page, the watermark stays.
    receiver.answer(500, 500, 500);
    importJson(article("Tramway strike", "Tramway drivers strike."));
    assertEquals(before + 4, receiver.received().size(), "three attempts");
    Document failed = ann.get(page).html();
    String status = failed.selectFirst("p.error.alert-status").text();
    assertTrue(status.contains("NOT delivered") && status.contains("HTTP 500") && status.contains("3 attempts"), status);
    SavedSearch afterFailure = server.facetwire().savedSearches().get("alerts@example.org", page.substring(7)).orElseThrow();
    assertNotNull(afterFailure.alertStatus().lastError());

    // Back up, one failure then success: the strike story (undelivered before) comes with the new one.
    receiver.answer(503);
    importJson(article("Tramway timetable", "New tramway timetable."));
    List<WebhookReceiver.Received> retried = receiver.received().subList(before + 4, receiver.received().size());
    assertEquals(2, retried.size());
    assertEquals(503, retried.get(0).answered());
    JsonNode made = retried.get(1).json().path("saved_searches").get(0);
    assertEquals(2, made.path("new_count").asInt());
    assertEquals(List.of("Tramway strike", "Tramway timetable"),
        made.path("articles").findValuesAsText("title").stream().sorted().toList());
    assertNull(ann.get(page).html().selectFirst("p.error.alert-status"));
    assertTrue(ann.get(page).html().selectFirst(".alert-status").text().contains("2 attempts"));

    // Alerts off: nothing more.
    ann.post(page + "/alerts", Map.of("alerts", "off"));
    importJson(article("Tramway museum", "A tramway museum opens."));
    assertEquals(before + 6, receiver.received().size());
  }

  @Test
  void alertsWithoutAWebhookWaitAndSaySo() {
    BrowserSession bob = server.browser();
    bob.signUp("nohook@example.org", "no hook password");
    String page = bob.save("/search?q=funicular", "Funiculars");
    bob.post(page + "/alerts", Map.of("alerts", "on"));
    importJson(article("Funicular", "The funicular reopens."));
    String status = bob.get(page).html().selectFirst("p.error.alert-status").text();
    assertTrue(status.contains("No webhook URL"), status);
  }

  @Test
  void checkingCostGrowsWithSavedSearchesNotArticles() {
    String owner = "many@example.org";
    // 150 alerting saved searches, written in one bulk request.
    List<SavedSearch> searches = new java.util.ArrayList<>();
    for (int i = 0; i < 150; i++) {
      searches.add(AlertFixtures.alerting("bulk" + i, owner, "q=gondola" + i, clock.instant()));
    }
    AlertFixtures.store(server, searches);
    CountingClient counting = new CountingClient(TestEngine.get());
    AlertScheduler alerts = AlertFixtures.scheduler(server, counting.client(), clock);
    AlertCheck.Report report = alerts.checkNow();
    assertTrue(report.searchesChecked() >= 150, report.toString());
    long msearches = counting.paths().stream().filter(p -> p.startsWith("POST /_msearch")).count();
    assertEquals((report.searchesChecked() + 99) / 100, msearches, counting.paths().toString());
    assertEquals(msearches, counting.requests(), "no request per article or per saved search");
    alerts.close();
  }
}

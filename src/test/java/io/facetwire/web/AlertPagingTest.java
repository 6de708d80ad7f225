package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.saved.AlertCheck;
import io.facetwire.saved.AlertScheduler;
import io.facetwire.saved.SavedSearch;
import io.facetwire.saved.SavedSearchQuery;
import io.facetwire.saved.SavedSearchStore;
import io.facetwire.saved.WebhookSender;
import io.facetwire.support.AlertFixtures;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.CountingClient;
import io.facetwire.support.RecordingRelay;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TestEngine;
import io.facetwire.support.WebhookReceiver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 29, a leftover of session 27: the alert check read every saved search with alerts on (in pages of 1,000,
 * but all of them) before it checked any, so its memory grew with the number of saved searches, however many
 * accounts kept them. Now it reads a page, checks it, hands over the news of the owners it finished, and reads the
 * next. The check runs on the real node through a relay that records each request in the order it was sent.
 */
class AlertPagingTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();

  /** The most saved searches one read may ask for: the check's page (AlertCheck.PAGE_SIZE). */
  static final int PAGE = 100;
  static final Pattern SIZE = Pattern.compile("\"size\":(\\d+)");

  @Test
  void theCheckReadsSavedSearchesPageByPageChecksEachOnceAndSendsEachOwnerOneAlert() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver();
        RecordingRelay relay = new RecordingRelay(TestEngine.get().urls().get(0));
        CountingClient viaRelay = new CountingClient(relay.url(), TestEngine.get().settings().apiKey())) {
      BrowserSession news = server.browser();
      assertEquals(303, news.signUp("b.news@example.org", "paging news password").status());
      Document account = news.get("/account").html();
      assertEquals(303, news.submit(account, "form[action=/account/webhook]", Map.of("webhook_url", receiver.url()))
          .status());
      // The article first, and its import's own check done, so only this test's check can find it new.
      AlertFixtures.importJson(server, AlertFixtures.article("Kiosk opens", "A kiosk opens by the station."));
      // In owner order: a's 60, b's 130 (across the first and second page), c's 70: 260, more than two pages.
      Instant before = Instant.now().minusSeconds(60);
      List<SavedSearch> searches = new ArrayList<>();
      List<String> quiet = new ArrayList<>();
      TreeSet<String> newsIds = new TreeSet<>();
      for (int i = 0; i < 60; i++) {
        searches.add(AlertFixtures.alerting("a" + i, "a.quiet@example.org", "q=dirigible" + i, before));
        quiet.add("dirigible" + i);
      }
      for (int i = 0; i < 130; i++) {
        searches.add(AlertFixtures.alerting("b" + i, "b.news@example.org", "q=kiosk+-nokiosk" + i, before));
        newsIds.add("b" + i);
      }
      for (int i = 0; i < 70; i++) {
        searches.add(AlertFixtures.alerting("c" + i, "c.quiet@example.org", "q=dirigible" + (100 + i), before));
        quiet.add("dirigible" + (100 + i));
      }
      AlertFixtures.store(server, searches);
      String articles = server.facetwire().names().articles();
      String savedIndex = server.facetwire().names().savedSearches();
      try (AlertScheduler alerts = new AlertScheduler(
          new SavedSearchStore(viaRelay.client(), savedIndex, Clock.systemUTC()), server.facetwire().accounts().store(),
          viaRelay.client(), articles, new SavedSearchQuery(articles, FacetCatalog.standard()),
          new WebhookSender(List.of(), Duration.ofSeconds(5), true), Json.mapper(), null, Clock.systemUTC())) {
        relay.clear();
        AlertCheck.Report report = alerts.checkNow();
        assertEquals(260, report.searchesChecked(), report.toString());
        assertEquals(1, report.owners(), report.toString());
        assertEquals(1, report.delivered(), report.toString());
      }

      List<RecordingRelay.Sent> sent = relay.sent();
      List<Integer> reads = new ArrayList<>();
      for (int i = 0; i < sent.size(); i++) {
        if (sent.get(i).searches(savedIndex)) {
          reads.add(i);
          Matcher size = SIZE.matcher(sent.get(i).body());
          assertTrue(size.find(), sent.get(i).body());
          assertTrue(Integer.parseInt(size.group(1)) <= PAGE,
              "a read asked for " + size.group(1) + " saved searches at once: " + sent.get(i).body());
        }
      }
      assertTrue(reads.size() >= 3, "260 saved searches read in " + reads.size() + " request(s)");
      for (int r = 1; r < reads.size(); r++) {
        boolean checkedBetween = sent.subList(reads.get(r - 1), reads.get(r)).stream()
            .anyMatch(s -> s.uri().contains("_msearch"));
        assertTrue(checkedBetween, "read " + (r + 1) + " came before the page read before it was checked");
      }
      // Every quiet saved search in exactly one search of the check (they match nothing: one round each).
      List<String> items = sent.stream().filter(s -> s.uri().contains("_msearch"))
          .flatMap(s -> s.searchBodies().stream()).toList();
      for (String word : quiet) {
        long times = items.stream().filter(b -> b.contains(word + "\"")).count();
        assertEquals(1, times, word + " checked " + times + " times");
      }
      // b's 130, on two pages, went as one alert naming each once.
      assertEquals(1, receiver.received().size(), "alerts posted");
      List<String> alerted = new ArrayList<>();
      for (JsonNode s : receiver.received().get(0).json().path("saved_searches")) {
        alerted.add(s.path("id").asText());
      }
      assertEquals(130, alerted.size(), alerted.toString());
      assertEquals(newsIds, new TreeSet<>(alerted));
    }
  }
}

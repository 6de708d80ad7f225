package io.facetwire.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.Json;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TarpitReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 28: webhook deliveries run on a few threads of their own with a bounded queue. When a check finds more
 * owners with news than the threads and the queue take, the rest is not dropped: it is recorded on the saved search
 * as a delivery not made (watermark unmoved, as a failed delivery) and waits for the retry.
 */
class AlertDeliveriesTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config.withWebhookTimeout(Duration.ofMinutes(2)));

  @Test
  void newsTheDeliveryThreadsHaveNoRoomForIsRecordedNotSentAndWaits() throws Exception {
    try (TarpitReceiver tarpit = new TarpitReceiver()) {
      for (String who : List.of("full.one@example.org", "full.two@example.org", "full.three@example.org")) {
        BrowserSession owner = server.browser();
        assertEquals(303, owner.signUp(who, who + " password").status());
        Document account = owner.get("/account").html();
        assertEquals(303, owner.submit(account, "form[action=/account/webhook]", Map.of("webhook_url", tarpit.url()))
            .status());
        String page = owner.save("/search?q=gondola", "Gondolas");
        assertEquals(303, owner.post(page + "/alerts", Map.of("alerts", "on")).status());
      }
      java.time.Instant beforeImport = java.time.Instant.now();
      Http.Response r = server.api().post("/api/articles", "application/json",
          "{\"title\": \"Gondola lift\", \"body\": \"A gondola lift opens.\", \"published_at\": \"2026-03-30\"}");
      assertEquals(200, r.status(), r.body());

      String articles = server.facetwire().names().articles();
      // One delivery thread and room for one more: of three owners' news, one is sent, one waits, one finds no room.
      try (AlertScheduler alerts = new AlertScheduler(server.facetwire().savedSearches(), server.facetwire().accounts().store(),
          server.facetwire().engine().client(), articles,
          new SavedSearchQuery(articles, server.facetwire().facets()),
          new WebhookSender(List.of(), Duration.ofMinutes(2), true), Json.mapper(), null, java.time.Clock.systemUTC(),
          new AlertDeliveries(1, 1))) {
        try {
          AlertCheck.Report report = alerts.checkHandingOver();
          assertEquals(3, report.owners(), report.toString());
          assertEquals(2, report.sending(), report.toString());
          assertEquals(1, report.heldBack(), report.toString());
          List<SavedSearch> notSent = io.facetwire.support.AlertFixtures.allAlerting(server).stream()
              .filter(s -> s.alertStatus() != null && s.alertStatus().lastError() != null
                  && s.alertStatus().lastError().startsWith("Not sent yet"))
              .toList();
          assertEquals(1, notSent.size(), "recorded as a delivery not made: " + notSent);
          assertEquals(null, notSent.get(0).alertStatus().lastDeliveredAt());
          // Its watermark did not move past the new article: the same news is found again (and, with room, sent).
          org.junit.jupiter.api.Assertions.assertTrue(notSent.get(0).alertWatermark().isBefore(beforeImport),
              notSent.get(0).toString());
        } finally {
          tarpit.close(); // the deliveries under way end at once, and the alerts close without waiting for them
        }
      }
    }
  }
}

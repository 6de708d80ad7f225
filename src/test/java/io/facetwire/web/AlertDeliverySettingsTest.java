package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.account.Housekeeping;
import io.facetwire.saved.AlertDeliverySettings;
import io.facetwire.saved.SavedSearch;
import io.facetwire.support.AlertFixtures;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TarpitReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 29, a leftover of session 28: the webhook delivery threads and their queue (4 and 64) were constants. Now
 * they are settings ({@code FACETWIRE_ALERT_DELIVERY_THREADS}, {@code FACETWIRE_ALERT_DELIVERY_QUEUE}); this server
 * has one thread and room for one more, and its own check after an import must keep to them.
 */
class AlertDeliverySettingsTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config
      .withWebhookTimeout(Duration.ofMinutes(2)).withAlertDeliveries(new AlertDeliverySettings(1, 1)));

  static List<SavedSearch> notSentYet() {
    return AlertFixtures.allAlerting(server).stream()
        .filter(s -> s.alertStatus() != null && s.alertStatus().lastError() != null
            && s.alertStatus().lastError().startsWith("Not sent yet"))
        .toList();
  }

  static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 30 s: " + what);
      }
      Thread.sleep(50);
    }
  }

  @Test
  void theServersDeliveriesKeepToTheThreadsAndQueueItIsGiven() throws Exception {
    try (TarpitReceiver tarpit = new TarpitReceiver()) {
      for (String who : List.of("set.one@example.org", "set.two@example.org", "set.three@example.org")) {
        BrowserSession owner = server.browser();
        assertEquals(303, owner.signUp(who, who + " password").status());
        Document account = owner.get("/account").html();
        assertEquals(303, owner.submit(account, "form[action=/account/webhook]", Map.of("webhook_url", tarpit.url()))
            .status());
        String page = owner.save("/search?q=funicular", "Funiculars");
        assertEquals(303, owner.post(page + "/alerts", Map.of("alerts", "on")).status());
      }
      Http.Response r = server.api().post("/api/articles", "application/json",
          AlertFixtures.article("Funicular reopens", "The funicular reopens after repairs."));
      assertEquals(200, r.status(), r.body());

      // The import's check, a background job, has ended: one delivery hangs on the one thread, one waits in the queue
      // of one, and the third found no room and is recorded so.
      server.facetwire().startBackgroundJobs(Housekeeping.EVERY).awaitIdle(Duration.ofSeconds(30));
      // Before: four threads took all three at once, and none was "Not sent yet".
      assertEquals(1, notSentYet().size(), "deliveries recorded as not sent for want of room: " + notSentYet());
      waitFor("the tarpit holds the running delivery", () -> tarpit.accepted() >= 1);
      assertEquals(1, tarpit.accepted(), "deliveries running at once");
      assertTrue(notSentYet().get(0).alertStatus().lastDeliveredAt() == null);
    }
  }
}

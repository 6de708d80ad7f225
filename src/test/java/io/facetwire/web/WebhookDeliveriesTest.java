package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.account.Housekeeping;
import io.facetwire.saved.SavedSearch;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TarpitReceiver;
import io.facetwire.support.WebhookReceiver;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 28, a leftover of session 27: the alert check waited on the background jobs' one thread for every webhook
 * delivery it started, so a receiver that accepts and never answers held the next alert check, the housekeeping and
 * the source polling behind it for its timeout and retries. Here a webhook request may take two minutes; the tarpit
 * holds it all that time, and another account's alert after the next import must still come, and the jobs' thread
 * be free, while it hangs.
 */
class WebhookDeliveriesTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.with(config -> config.withWebhookTimeout(Duration.ofMinutes(2)));

  static String account(String email, String webhook, String query) {
    BrowserSession who = server.browser();
    assertEquals(303, who.signUp(email, email + " password").status());
    Document account = who.get("/account").html();
    assertEquals(303, who.submit(account, "form[action=/account/webhook]", Map.of("webhook_url", webhook)).status());
    String page = who.save("/search?q=" + query, query);
    assertEquals(303, who.post(page + "/alerts", Map.of("alerts", "on")).status());
    return page.substring(page.lastIndexOf('/') + 1);
  }

  static void importArticle(String title, String body) {
    Http.Response r = server.api().post("/api/articles", "application/json",
        "{\"title\": \"" + title + "\", \"body\": \"" + body + "\", \"published_at\": \"2026-03-30\"}");
    assertEquals(200, r.status(), r.body());
  }

  /** Waits for {@code done}, up to 30 s: far less than the two minutes the tarpit holds a delivery. */
  static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 30 s: " + what);
      }
      Thread.sleep(50);
    }
  }

  static SavedSearch stored(String id) {
    return io.facetwire.support.AlertFixtures.allAlerting(server).stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow();
  }

  @Test
  void aWebhookThatNeverAnswersHoldsNeitherTheNextAlertCheckNorTheOtherJobs() throws Exception {
    String slow;
    try (TarpitReceiver tarpit = new TarpitReceiver(); WebhookReceiver receiver = new WebhookReceiver()) {
      slow = account("tarpit.owner@example.org", tarpit.url(), "zeppelin");
      account("quick.owner@example.org", receiver.url(), "monorail");

      importArticle("Zeppelin returns", "A zeppelin flies over the lake.");
      waitFor("the tarpit holds the first delivery", () -> tarpit.accepted() >= 1);

      importArticle("Monorail opens", "The monorail opens to the airport.");
      // Before session 28 this check waited behind the hanging delivery, on the jobs' one thread, for minutes.
      waitFor("the other account's alert", () -> receiver.received().size() == 1);
      assertEquals("Monorail opens", receiver.received().get(0).json().path("saved_searches").get(0)
          .path("articles").get(0).path("title").asText());
      // The jobs' thread is free (housekeeping and source polling run there) while the first delivery still hangs.
      server.facetwire().startBackgroundJobs(Housekeeping.EVERY).awaitIdle(Duration.ofSeconds(30));
      assertEquals(1, tarpit.accepted(), "one delivery, still waiting for its answer");
      assertNull(stored(slow).alertStatus(), "the hanging delivery has no outcome yet");
    }
    // The tarpit closed: the delivery fails, is recorded as failed, and its watermark stays for the next import.
    server.facetwire().alerts().awaitIdle(Duration.ofSeconds(30));
    SavedSearch after = stored(slow);
    assertTrue(after.alertStatus() != null && after.alertStatus().lastError() != null, String.valueOf(after));
    assertNull(after.alertStatus().lastDeliveredAt());
  }
}

package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.sources.FeedFixtures;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stored candidates of an archive's batch (dates over years) are looked up around each article's own
 * date, and a batch whose look-up has more clauses than the node allows is looked up in parts: in both
 * cases every article still finds its stored versions, on the real node.
 */
class StoryLookupWindowsTest {

  static final List<Article> WIKI = FeedFixtures.wikinews();
  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();
  static final Http http = server.http();

  @Test
  void aBatchSpanningYearsFindsEachArticlesVersionsNearItsOwnDate() {
    Article resent = WIKI.get(95);
    post(line("w-resend-0", "FED ADDS RESERVES VIA CUSTOMER REPURCHASES", resent.body(), "2003-06-10")
        + line("w-fix-0", "BANKAMERICA NEGOTIATING SALE OF UNITS", StoriesEndToEndTest.CORRECTION_BEFORE, "2011-02-27"));
    StringBuilder batch = new StringBuilder();
    Random random = new Random(7);
    for (int i = 0; i < 40; i++) {
      Article a = WIKI.get(20 + i);
      batch.append(line("w-other-" + i, a.title(), a.body(), (2000 + random.nextInt(25)) + "-0" + (1 + random.nextInt(9)) + "-15"));
    }
    // Sent again a day later, a few words changed (far by fingerprint: found by its headline, near its date).
    batch.append(line("w-resend-1", "FED ADDS RESERVES VIA CUSTOMER REPURCHASES",
        "Updated. " + resent.body().replace(" the ", " a ").replace(" and ", " & "), "2003-06-11"));
    // The same recurring report years later stays its own story.
    batch.append(line("w-resend-later", "FED ADDS RESERVES VIA CUSTOMER REPURCHASES",
        "Later. " + resent.body().replace(" of ", " for ").replace(" in ", " at "), "2019-06-11"));
    batch.append(line("w-fix-1", "CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE", StoriesEndToEndTest.CORRECTION_AFTER,
        "2011-03-02"));
    post(batch.toString());

    assertEquals("w-resend-0", story("w-resend-1"), "resent within two days of its own date");
    assertEquals("w-fix-0", story("w-fix-1"), "a corrected repeat within three days of its own date");
    assertEquals("w-resend-later", story("w-resend-later"), "the same headline 16 years later");
  }

  @Test
  void aLookUpWithMoreClausesThanTheNodeAllowsIsMadeInParts() {
    int limit = clauseLimit();
    int marked = 600;
    // Each marked article asks for its headline's words: enough words to pass the node's limit together.
    int words = limit * 3 / 2 / marked + 1;
    Article item = WIKI.get(100);
    post(line("c-fix-0", item.title(), item.body(), "1987-02-27"));
    StringBuilder batch = new StringBuilder();
    Random random = new Random(11);
    for (int i = 0; i < marked; i++) {
      StringBuilder title = new StringBuilder("CORRECTED - ");
      for (int w = 0; w < words; w++) {
        title.append(w == 0 ? "" : " ").append("w").append(Integer.toString(random.nextInt(1 << 20), 36));
      }
      Article a = WIKI.get(i % 90);
      batch.append(line("c-many-" + i, title.toString(), a.body(), "1987-03-01"));
    }
    // Its corrected repeat: figures and words changed throughout (far by fingerprint), the same headline.
    batch.append(line("c-fix-1", "CORRECTED - " + item.title(), item.body().replace(" the ", " a "), "1987-03-02"));
    post(batch.toString());

    assertTrue(marked * words > limit, "the batch's look-up asks for more clauses than the node's limit of " + limit);
    assertEquals("c-fix-0", story("c-fix-1"), "found although the whole batch could not be looked up at once");
    assertNotEquals("c-fix-0", story("c-many-0"));
  }

  /**
   * Elasticsearch's clause limit (SearchUtils): heap in MB × 64 / search threads, at least 1,024. The test's
   * node runs in this JVM: its heap and its processors.
   */
  private static int clauseLimit() {
    long heapMb = Runtime.getRuntime().maxMemory() >> 20;
    int searchThreads = Runtime.getRuntime().availableProcessors() * 3 / 2 + 1;
    return (int) Math.max(1024, heapMb * 64 / searchThreads);
  }

  private static void post(String lines) {
    Http.Response r = server.api().post("/api/articles", "application/x-ndjson", lines);
    assertEquals(200, r.status(), r.body());
    JsonNode answer = r.json();
    assertEquals(0, answer.path("failed").size(), r.body());
  }

  private static String story(String id) {
    return http.get("/api/articles/" + id).json().path("story_id").asText();
  }

  private static String line(String id, String title, String body, String date) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("id", id).put("title", title).put("body", body).put("source", "Wire One").put("published_at", date);
    return o.toString() + "\n";
  }
}

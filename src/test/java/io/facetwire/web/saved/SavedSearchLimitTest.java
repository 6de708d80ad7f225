package io.facetwire.web.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import io.facetwire.engine.EsCall;
import io.facetwire.saved.SavedSearch;
import io.facetwire.saved.SavedSearchStore;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Saving had no limit: a visitor with an account could store saved searches without end, and the list
 * (which shows 500) then hid the newest. Now one account keeps at most 500; saving one more is refused
 * with a sentence saying why, and nothing already saved is touched.
 */
class SavedSearchLimitTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().fixtures("fixtures/wikinews_2019.csv");

  private static SavedSearchStore storeWithLimit(int max) {
    return new SavedSearchStore(server.facetwire().engine().client(), server.facetwire().names().savedSearches(),
        server.facetwire().clock(), max);
  }

  @Test
  void theStoreRefusesOneMoreThanTheLimitPerOwner() {
    SavedSearchStore store = storeWithLimit(3);
    for (int i = 0; i < 3; i++) {
      store.create("cap@example.org", "search " + i, "q=oil" + i);
    }
    SavedSearchStore.LimitReached e = assertThrows(SavedSearchStore.LimitReached.class,
        () -> store.create("cap@example.org", "one more", "q=gas"));
    assertTrue(e.getMessage().contains("You keep 3 saved searches"), e.getMessage());
    assertEquals(3, store.list("cap@example.org").size(), "the three kept are all listed");
    store.create("other@example.org", "another owner", "q=gas");
    assertEquals(1, store.list("other@example.org").size(), "another owner is not affected");
  }

  /**
   * Session 27: the count and the write were two steps, so saves sent together near the limit each found room; on the
   * served jar 40 saves at once at 495 all succeeded (535 kept, the list showing 500 and hiding the rest).
   */
  @Test
  void savesSentTogetherAtTheLimitKeepTheLimit() throws Exception {
    SavedSearchStore store = storeWithLimit(3);
    String owner = "together@example.org";
    int senders = 16;
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(senders);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(senders);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> saves = new java.util.ArrayList<>();
      for (int i = 0; i < senders; i++) {
        int n = i;
        saves.add(pool.submit(() -> {
          start.await();
          try {
            store.create(owner, "together " + n, "q=oil" + n);
            return true;
          } catch (SavedSearchStore.LimitReached e) {
            return false;
          }
        }));
      }
      int stored = 0;
      for (var f : saves) {
        stored += f.get() ? 1 : 0;
      }
      assertEquals(3, stored, "saves that succeeded");
      long kept = EsCall.run("count", () -> server.facetwire().engine().client().count(c -> c
          .index(server.facetwire().names().savedSearches()).query(q -> q.term(t -> t.field("owner").value(owner)))))
          .count();
      assertEquals(3, kept, "saved searches kept");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void saving501stSearchInTheBrowserIsA400SayingWhy() {
    BrowserSession dee = server.browser();
    assertEquals(303, dee.signUp("dee@example.org", "dee's password").status());
    fill("dee@example.org", SavedSearchStore.MAX_PER_OWNER);

    Http.Response refused = dee.submit(dee.get("/search?q=election").html(), "form.save-form", Map.of("name", "one more"));
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("You keep 500 saved searches, the most one account can"), refused.body());
    assertEquals(SavedSearchStore.MAX_PER_OWNER, dee.get("/saved").html().select("tbody tr").size(),
        "all 500 are listed, none hidden");
  }

  /** Stores {@code n} saved searches for {@code owner} in one bulk request (as if saved one by one). */
  private static void fill(String owner, int n) {
    ElasticsearchClient es = server.facetwire().engine().client();
    BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
    Instant now = Instant.now();
    for (int i = 0; i < n; i++) {
      SavedSearch s = new SavedSearch("fill" + i, owner, "kept " + i, "q=kept" + i, now, now, null, null, null,
          "feed-token-" + i, false, null, null);
      bulk.operations(o -> o.index(x -> x.index(server.facetwire().names().savedSearches()).id(s.id()).document(s)));
    }
    assertTrue(!EsCall.run("fill", () -> es.bulk(bulk.build())).errors(), "the saved searches were stored");
  }
}

package io.facetwire.web.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.facetwire.engine.EngineUnavailableException;
import io.facetwire.engine.EsCall;
import io.facetwire.saved.SavedSearch;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TestEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person renaming one saved search over and over while other writers outside this server (other servers of the
 * installation, the alert job) update the same document as fast as they can, with raw updates straight to the node.
 * Whether one of the person's updates loses all its tries is chance, so what is asserted is what holds every time:
 * every answer is a 303 (made) or the 409 "Changed meanwhile" page (not made), never a 5xx; and the stored name is
 * the last one answered 303 — no change answered 409 was stored, none answered 303 was lost.
 */
class SavedSearchOtherWritersTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().fixtures("fixtures/wikinews_2019.csv");

  static final int RENAMES = 40;
  static final int OTHER_WRITERS = 8;

  @Test
  void renamesAmongOtherWritersAreMadeAnd303OrNotMadeAnd409() throws Exception {
    BrowserSession tab = server.browser();
    assertEquals(303, tab.signUp("other.writers@example.org", "other writers' password").status());
    String page = tab.save("/search?q=oil", "before");
    String id = page.substring(page.lastIndexOf('/') + 1);
    String alias = server.facetwire().names().savedSearches();
    ElasticsearchClient node = TestEngine.get().client();
    AtomicBoolean renaming = new AtomicBoolean(true);
    AtomicInteger othersWrote = new AtomicInteger();
    List<String> othersRefused = Collections.synchronizedList(new ArrayList<>());
    ExecutorService others = Executors.newFixedThreadPool(OTHER_WRITERS);
    List<String> made = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int refused = 0;
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < OTHER_WRITERS; w++) {
        // Fields the alert job and visits write: the same document, never the name.
        writers.add(others.submit(() -> {
          while (renaming.get()) {
            try {
              EsCall.run("the other writer's update", () -> node.update(u -> u.index(alias).id(id)
                  .doc(Map.of("last_run_at", Instant.now(), "alert_watermark", Instant.now())), SavedSearch.class));
              othersWrote.incrementAndGet();
            } catch (EngineUnavailableException e) {
              othersRefused.add(e.getMessage()); // the other writers lose among themselves too
            }
          }
        }));
      }
      for (int i = 0; i < RENAMES; i++) {
        String name = "rename " + i;
        Http.Response r = tab.post(page + "/rename", Map.of("name", name));
        if (r.status() == 303) {
          made.add(name);
        } else if (r.status() == 409) {
          refused++;
          SavedSearchLostRaceTest.assertSaysChangedMeanwhile("rename " + i, r);
        } else {
          problems.add(name + ": " + r.status() + " " + r.body());
        }
      }
      renaming.set(false);
      for (Future<?> w : writers) {
        w.get();
      }
    } finally {
      renaming.set(false);
      others.shutdownNow();
    }
    assertEquals(List.of(), problems, "every answer is a 303 or a 409");
    assertTrue(othersWrote.get() > 0, "the other writers wrote");
    String expected = made.isEmpty() ? "before" : made.get(made.size() - 1);
    Map<?, ?> stored = EsCall.run("read", () -> node.get(g -> g.index(alias).id(id), Map.class)).source();
    assertEquals(expected, stored.get("name"), made.size() + " made, " + refused + " refused (409); the other writers "
        + othersWrote.get() + " written, " + othersRefused.size() + " refused");
    assertTrue(tab.get("/saved").html().select("tbody tr a").text().contains(expected), "the list shows it");
  }
}

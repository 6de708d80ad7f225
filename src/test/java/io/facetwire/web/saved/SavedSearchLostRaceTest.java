package io.facetwire.web.saved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Facetwire;
import io.facetwire.Json;
import io.facetwire.engine.ElasticsearchSettings;
import io.facetwire.engine.Engine;
import io.facetwire.engine.EsCall;
import io.facetwire.engine.IndexNames;
import io.facetwire.saved.SavedSearch;
import io.facetwire.saved.SavedSearchStore;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.LostRaceRelay;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import io.facetwire.web.App;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A change of a saved search that loses the race to a writer outside this server (another server of the installation,
 * the alert job) is answered 409, a page that says the change was not made and to try again, and nothing of it is
 * stored; the other writer's change stands. The real server runs on the real node through a {@link LostRaceRelay},
 * which makes each of its updates of the search lose for certain, so the 409 comes from Elasticsearch itself. The
 * other way to a 409, this server's own change of the search holding it past a person's wait, is provoked too.
 */
class SavedSearchLostRaceTest {

  /** A name a person could type, with markup that must never reach a page unescaped. */
  static final String TYPED = "<script>alert('mine')</script> & \"mine\"";

  static LostRaceRelay relay;
  static Engine engine;
  static Facetwire facetwire;
  static Javalin app;
  static String alias;

  @BeforeAll
  static void start() throws Exception {
    String apiKey = TestEngine.get().settings().apiKey();
    relay = new LostRaceRelay(TestEngine.get().urls().get(0), apiKey);
    engine = Engine.start(new ElasticsearchSettings(List.of(relay.url()), apiKey, null, null, null,
        ElasticsearchSettings.ClientTuning.defaults(), null), Files.createTempDirectory("fw-lost-race"), Json.mapper());
    IndexNames names = new IndexNames(TestEngine.uniquePrefix());
    alias = names.savedSearches();
    facetwire = Facetwire.onEngine(engine, names, TestServer.extractor(), Clock.systemUTC(), TestServer.testConfig());
    app = App.create(facetwire).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    facetwire.stopBackgroundJobs();
    engine.close();
    relay.close();
  }

  @AfterEach
  void noMoreLosing() {
    relay.loseUpdatesOf(null, null, null);
  }

  @Test
  void everyChangeThatLosesToAnotherWriterIs409AndOnlyTheOtherWritersChangeIsStored() throws Exception {
    BrowserSession tab = signedUp("lost.race@example.org");
    String page = tab.save("/search?q=oil", "before the race");
    String id = page.substring(page.lastIndexOf('/') + 1);
    Map<String, Map<String, String>> changes = new LinkedHashMap<>();
    changes.put("/rename", Map.of("name", TYPED));
    changes.put("/edit", Map.of("name", TYPED, "q", "gas"));
    changes.put("/share", Map.of());
    changes.put("/share/revoke", Map.of());
    changes.put("/feed/reset", Map.of());
    changes.put("/feed/revoke", Map.of());
    changes.put("/alerts", Map.of("alerts", "on"));
    int round = 0;
    for (Map.Entry<String, Map<String, String>> change : changes.entrySet()) {
      String othersName = "renamed by the other server " + round++;
      AtomicReference<Map<?, ?>> afterOther = new AtomicReference<>();
      relay.loseUpdatesOf(alias, id, () -> afterOther.set(otherServerRenames(id, othersName)));

      Http.Response r = tab.post(page + change.getKey(), change.getValue());

      assertEquals(409, r.status(), change.getKey() + ": " + r.body());
      assertSaysChangedMeanwhile(change.getKey(), r);
      assertEquals(afterOther.get(), stored(id), change.getKey() + ": only the other writer's change is stored");
      JsonNode refusal = Json.mapper().readTree(relay.lastRefusal());
      assertEquals("version_conflict_engine_exception", refusal.path("error").path("type").asText(),
          "Elasticsearch itself refused the update: " + relay.lastRefusal());
      assertEquals(409, refusal.path("status").asInt());
    }

    relay.loseUpdatesOf(null, null, null);
    Http.Response again = tab.post(page + "/rename", Map.of("name", "after the race"));
    assertEquals(303, again.status(), "sent again, the change is made: " + again.body());
    assertEquals("after the race", stored(id).get("name"));
  }

  /**
   * OneChangeAtATime: a change that waits longer than a person waits for a form behind this server's other change of
   * the same search (here a visit's mark, held while it takes the time) is refused the same way, and not made.
   */
  @Test
  void aChangeKeptWaitingByThisServersOtherChangeOfTheSearchIs409AndNotMade() throws Exception {
    BrowserSession tab = signedUp("held.change@example.org");
    String page = tab.save("/search?q=oil", "held");
    String id = page.substring(page.lastIndexOf('/') + 1);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    SavedSearchStore holder = new SavedSearchStore(TestEngine.get().client(), alias, new HoldingClock(holding, release));
    String owner = (String) stored(id).get("owner");
    ExecutorService visit = Executors.newSingleThreadExecutor();
    try {
      Future<?> mark = visit.submit(() -> holder.markSeen(owner, id));
      assertTrue(holding.await(30, TimeUnit.SECONDS), "the visit holds the search");

      Http.Response r = tab.post(page + "/rename", Map.of("name", TYPED));

      release.countDown();
      mark.get(30, TimeUnit.SECONDS);
      assertEquals(409, r.status(), r.body());
      assertSaysChangedMeanwhile("/rename", r);
      assertEquals("held", stored(id).get("name"), "the rename was not made");
    } finally {
      release.countDown();
      visit.shutdownNow();
    }
    assertEquals(303, tab.post(page + "/rename", Map.of("name", "after the wait")).status());
    assertEquals("after the wait", stored(id).get("name"));
  }

  /** The 409 page: its reason in plain words, nothing of what the person typed, nothing of the engine. */
  static void assertSaysChangedMeanwhile(String what, Http.Response r) {
    assertTrue(r.header("Content-Type").startsWith("text/html"), what + ": " + r.header("Content-Type"));
    Document html = r.html();
    assertEquals("Changed meanwhile", html.selectFirst("main h1").text(), what);
    String said = html.selectFirst("main p").text();
    assertTrue(said.contains("changed elsewhere") && said.contains("not made") && said.contains("try again"),
        what + ": " + said);
    for (String never : List.of("mine", "<script", "Elasticsearch", "version_conflict", "Exception", "at io.")) {
      assertFalse(r.body().contains(never), what + ": the page says " + never + ": " + r.body());
    }
  }

  private static BrowserSession signedUp(String email) {
    BrowserSession tab = new BrowserSession("http://127.0.0.1:" + app.port());
    assertEquals(303, tab.signUp(email, "lost race password").status());
    return tab;
  }

  /** The other server's write, straight to the node: a rename of its own; the document as it left it. */
  private static Map<?, ?> otherServerRenames(String id, String name) {
    EsCall.run("the other server's rename", () -> TestEngine.get().client().update(u -> u.index(alias).id(id)
        .doc(Map.of("name", name, "updated_at", Instant.now())).refresh(Refresh.True), SavedSearch.class));
    Map<?, ?> after = stored(id);
    assertNotEquals(null, after);
    return after;
  }

  /** The saved search as stored in Elasticsearch, read straight from the node. */
  private static Map<?, ?> stored(String id) {
    return EsCall.run("read the saved search", () -> TestEngine.get().client().get(g -> g.index(alias).id(id),
        Map.class)).source();
  }

  /** A clock that, asked the time, says so and waits for {@code release}: the change that asked holds its search. */
  private static final class HoldingClock extends Clock {
    private final CountDownLatch holding;
    private final CountDownLatch release;

    HoldingClock(CountDownLatch holding, CountDownLatch release) {
      this.holding = holding;
      this.release = release;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      holding.countDown();
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Instant.now();
    }
  }
}

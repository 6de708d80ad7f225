package io.facetwire.sources.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.Facetwire;
import io.facetwire.article.Article;
import io.facetwire.engine.IndexNames;
import io.facetwire.sources.FeedFixtures;
import io.facetwire.sources.FixtureSite;
import io.facetwire.sources.SourcesConfig;
import io.facetwire.sources.fetch.FetchSettings;
import io.facetwire.sources.poll.PollReport;
import io.facetwire.support.MutableClock;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Several servers on one cluster: one poller per source at a time, and takeover when a server stops. */
class SourceLeasesTest {

  static final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
  static final SourcesConfig CONFIG = SourcesConfig.defaults().withFetch(FetchSettings.defaults().withAllowPrivate(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withHostInterval(Duration.ZERO));
  static Facetwire serverA;
  static Facetwire serverB;
  static FixtureSite site;

  @BeforeAll
  static void start() {
    IndexNames shared = new IndexNames(TestEngine.uniquePrefix());
    serverA = Facetwire.onEngine(TestEngine.get(), shared, TestServer.extractor(), clock, TestServer.testConfig(), CONFIG);
    serverB = Facetwire.onEngine(TestEngine.get(), shared, TestServer.extractor(), clock, TestServer.testConfig(), CONFIG);
    site = new FixtureSite();
  }

  @AfterAll
  static void stop() {
    site.close();
    serverA.sources().close();
    serverB.sources().close();
  }

  @Test
  void ofManyServersReachingForOneFreeSourceExactlyOneGetsIt() throws Exception {
    SourceStore store = serverA.sources().store();
    Source s = store.add("Race", "https://race.example.org/feed.xml", 15, "test");
    int contenders = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    List<Future<Optional<Source>>> tries = new ArrayList<>();
    for (int i = 0; i < contenders; i++) {
      SourceLeases leases = new SourceLeases(store, "server-" + i, Duration.ofMinutes(10));
      tries.add(pool.submit((Callable<Optional<Source>>) () -> {
        go.await();
        return leases.tryTake(s.id(), clock.instant());
      }));
    }
    go.countDown();
    List<String> winners = new ArrayList<>();
    for (Future<Optional<Source>> f : tries) {
      f.get().ifPresent(won -> winners.add(won.leaseOwner()));
    }
    pool.shutdown();
    assertEquals(1, winners.size(), winners.toString());
    assertEquals(winners.get(0), store.get(s.id()).orElseThrow().leaseOwner());
  }

  @Test
  void aLeaseLeftByAStoppedServerIsTakenOverWhenItRunsOut() {
    SourceStore store = serverA.sources().store();
    Source s = store.add("Takeover", "https://takeover.example.org/feed.xml", 15, "test");
    SourceLeases a = new SourceLeases(store, "server-a", Duration.ofMinutes(10));
    SourceLeases b = new SourceLeases(store, "server-b", Duration.ofMinutes(10));
    Instant t0 = clock.instant();
    assertTrue(a.tryTake(s.id(), t0).isPresent());
    // Server A stops without finishing its poll: B must wait for the lease to run out.
    assertTrue(b.tryTake(s.id(), t0.plus(Duration.ofMinutes(9))).isEmpty());
    Optional<Source> taken = b.tryTake(s.id(), t0.plus(Duration.ofMinutes(10)).plusSeconds(1));
    assertTrue(taken.isPresent());
    assertEquals("server-b", taken.get().leaseOwner());
    // A late finish of A's poll records its status but leaves B's lease alone.
    a.finish(s.id(), Map.of("last_new", 3));
    Source now = store.get(s.id()).orElseThrow();
    assertEquals("server-b", now.leaseOwner());
    assertEquals(3, now.lastNew());
    b.finish(s.id(), Map.of("last_new", 1));
    Source released = store.get(s.id()).orElseThrow();
    assertNull(released.leaseOwner());
    assertNull(released.leaseUntil());
    // Paused sources are never leased.
    store.setPaused(s.id(), true);
    assertTrue(a.tryTake(s.id(), clock.instant()).isEmpty());
  }

  @Test
  void twoServersPollingTogetherFetchEachFeedOnce() throws Exception {
    List<Article> wiki = FeedFixtures.wikinews();
    int feeds = 6;
    for (int i = 0; i < feeds; i++) {
      Article a = wiki.get(30 + i);
      String story = site.url("/two/story/" + i);
      site.put("/two/" + i + ".xml", "application/rss+xml",
          FeedFixtures.rss20("Feed " + i, List.of(a), x -> story, true));
      serverA.sources().add("Two " + i, site.url("/two/" + i + ".xml"), 15, "test");
    }
    clock.advance(Duration.ofSeconds(1));
    ExecutorService both = Executors.newFixedThreadPool(2);
    Future<List<PollReport>> fromA = both.submit(() -> serverA.sources().scheduler().pollDueNow());
    Future<List<PollReport>> fromB = both.submit(() -> serverB.sources().scheduler().pollDueNow());
    List<PollReport> all = new ArrayList<>(fromA.get());
    all.addAll(fromB.get());
    both.shutdown();
    long twoPolls = all.stream().filter(r -> serverA.sources().store().get(r.sourceId()).orElseThrow().name().startsWith("Two ")).count();
    assertEquals(feeds, twoPolls, all.toString());
    for (int i = 0; i < feeds; i++) {
      assertEquals(1, site.requests("/two/" + i + ".xml").size(), "feed " + i + " fetched once");
    }
    assertEquals(feeds, serverA.articles().count());
    // Nothing is due any more, on either server, until the interval has passed.
    assertTrue(serverB.sources().scheduler().pollDueNow().stream().noneMatch(r -> r.indexed() > 0));
  }
}

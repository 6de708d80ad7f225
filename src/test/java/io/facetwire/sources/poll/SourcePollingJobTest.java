package io.facetwire.sources.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.facetwire.Facetwire;
import io.facetwire.article.Article;
import io.facetwire.engine.IndexNames;
import io.facetwire.sources.FeedFixtures;
import io.facetwire.sources.FixtureSite;
import io.facetwire.sources.SourcesConfig;
import io.facetwire.sources.fetch.FetchSettings;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feed polling is one job of the server's one scheduler ("sources"), not a ticker of its own: a server
 * that started its background jobs and source polling polls a due source by itself, once.
 */
class SourcePollingJobTest {

  static final SourcesConfig CONFIG = SourcesConfig.defaults()
      .withFetch(FetchSettings.defaults().withAllowPrivate(true)
          .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withHostInterval(Duration.ZERO))
      .withTick(Duration.ofMillis(200));
  static Facetwire server;
  static FixtureSite site;

  @BeforeAll
  static void start() {
    server = Facetwire.onEngine(TestEngine.get(), new IndexNames(TestEngine.uniquePrefix()), TestServer.extractor(),
        Clock.systemUTC(), TestServer.testConfig(), CONFIG);
    site = new FixtureSite();
  }

  @AfterAll
  static void stop() {
    server.stopBackgroundJobs();
    server.sources().close();
    site.close();
  }

  @Test
  void pollingNeedsTheBackgroundJobsAndThenRunsOnThem() throws Exception {
    assertThrows(IllegalStateException.class, server::startSourcePolling);
    List<Article> wiki = FeedFixtures.wikinews();
    site.put("/job/feed.xml", "application/rss+xml",
        FeedFixtures.rss20("Job feed", List.of(wiki.get(40), wiki.get(41)), a -> site.url("/job/" + a.title().hashCode()), true));
    server.sources().add("Job feed", site.url("/job/feed.xml"), 15, "test");

    server.startBackgroundJobs(Duration.ofHours(1));
    server.startSourcePolling();
    // Waits for the outcome, bounded; what is asserted is the outcome, never how long it took.
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (server.articles().count() < 2 && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertEquals(2, server.articles().count());
    // Several ticks later the source is not due again (15 minutes): the feed was fetched exactly once.
    long ticksLater = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    while (System.nanoTime() < ticksLater) {
      Thread.sleep(100);
    }
    assertEquals(1, site.requests("/job/feed.xml").size());
    assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("facetwire-source-tick")),
        "no ticker thread of its own");
  }
}

package io.facetwire.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.Facetwire;
import io.facetwire.article.ReadOptions;
import io.facetwire.engine.ArticleScanner;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.engine.IndexNames;
import io.facetwire.ingest.EnrichSummary;
import io.facetwire.ingest.Importer;
import io.facetwire.support.MutableClock;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The re-tag after a topic edit, against the real node, without a scheduler: it goes in steps that
 * store their cursor; a server that stops mid-way leaves it to be resumed (by itself restarted, or
 * another server once the lease ran out) from where it was, not from the start.
 */
class TopicRetaggerTest {

  @Test
  void aStoppedReTagResumesFromItsCursorAndFinishesTheWholeIndex() {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));
    IndexNames names = new IndexNames(TestEngine.uniquePrefix());
    // Not closed: closing would stop the node every test class shares.
    Facetwire fw = Facetwire.onEngine(TestEngine.get(), names, TestServer.extractor(), clock, TestServer.testConfig());
    TestServer.importFixtures(fw.importer(), ReadOptions.NONE, "fixtures/wikinews_2019.csv",
        "fixtures/wikinews_2020.csv");
    long articles = fw.articles().count();
    TopicAdmin admin = fw.topics();
    // A command or a server without jobs: the version is stored and used, the re-tag waits.
    String text = TopicBlocks.of(admin.live().base().topicsText()).replace("health",
        "[health]\nthreshold = 3\nmentions = 1\nshare = 0\n5  election, elections, vote\n");
    TopicVersion v = admin.saveFile(text, "test", "health by elections");
    assertEquals(1, v.number());
    RetagState pending = admin.versions().retagState();
    assertTrue(pending.pending());
    assertEquals(articles, pending.total());

    TopicRetagger first = retagger(fw, names, clock, admin);
    assertTrue(first.step(), "more than one step of 4 pages of 20");
    RetagState stopped = admin.versions().retagState();
    assertEquals(80, stopped.read());
    assertTrue(stopped.pending());

    // The first server is gone (stopped mid-re-tag); a new one waits out its lease, then resumes.
    TopicRetagger second = retagger(fw, names, clock, admin);
    assertFalse(second.step(), "the lease of the stopped server still holds");
    assertEquals(80, admin.versions().retagState().read());
    clock.advance(TopicRetagger.LEASE.plus(Duration.ofSeconds(1)));
    RetagState done = second.runToEnd();
    assertFalse(done.pending());
    assertEquals(1, done.tagged());
    assertEquals(articles, done.read(), "every article read once: resumed at article 81, not restarted");
    assertNull(done.afterId());
    assertTrue(done.updated() > 0);

    // Nothing left for a full re-extraction with version 1 to change: the steps did the whole index.
    EnrichSummary check = fw.reenricher().run();
    assertEquals(0, check.updated(), check.oneLine());
  }

  @Test
  void theReTagStartsAfterImportsThatTookTheEarlierTopicsHaveFinished() {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));
    IndexNames names = new IndexNames(TestEngine.uniquePrefix());
    // Not closed: closing would stop the node every test class shares.
    Facetwire fw = Facetwire.onEngine(TestEngine.get(), names, TestServer.extractor(), clock, TestServer.testConfig());
    TestServer.importFixtures(fw.importer(), ReadOptions.NONE, "fixtures/wikinews_2019.csv");
    Importer.Run running = fw.importer().start(); // began with version 0, still writing
    String text = TopicBlocks.of(fw.topics().live().base().topicsText()).replace("health",
        "[health]\nthreshold = 3\nmentions = 1\nshare = 0\n5  election, elections, vote\n");
    fw.topics().saveFile(text, "test", null);
    Importer.Run after = fw.importer().start(); // begins with version 1: no reason to wait
    assertFalse(fw.topics().retagger().step(), "waits for the import that has version 0");
    assertEquals(0, fw.topics().versions().retagState().read());
    running.finish();
    assertFalse(fw.topics().retagger().runToEnd().pending(), "then goes");
    after.finish();

    // One that never ends does not hold the re-tag for ever.
    fw.importer().start();
    fw.topics().revert(0, "test");
    assertFalse(fw.topics().retagger().step());
    clock.advance(TopicRetagger.IMPORT_WAIT.plusSeconds(1));
    assertFalse(fw.topics().retagger().runToEnd().pending());
  }

  private static TopicRetagger retagger(Facetwire fw, IndexNames names, MutableClock clock, TopicAdmin admin) {
    return new TopicRetagger(admin.versions(), admin.live(),
        new ArticleScanner(fw.engine().client(), names.articles(), fw.documents(), 20),
        new ArticleWriter(fw.engine().client(), names.articles(), fw.documents(), clock), fw.articles(), clock);
  }
}

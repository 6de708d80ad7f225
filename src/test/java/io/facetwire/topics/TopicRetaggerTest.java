package io.facetwire.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Facetwire;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleFields;
import io.facetwire.article.ArticleIds;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.article.ReadOptions;
import io.facetwire.engine.ArticleScanner;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.engine.IndexNames;
import io.facetwire.ingest.EnrichSummary;
import io.facetwire.ingest.Importer;
import io.facetwire.support.MutableClock;
import io.facetwire.support.TestEngine;
import io.facetwire.support.TestServer;
import java.io.InputStream;
import java.io.StringReader;
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
    Facetwire fw = withFixtures(clock, "fixtures/wikinews_2019.csv", "fixtures/wikinews_2020.csv");
    IndexNames names = fw.names();
    long articles = fw.articles().count();
    TopicAdmin admin = fw.topics();
    // A command or a server without jobs: the version is stored and used, the re-tag waits.
    String text = sportByElections(admin.live().base().topicsText());
    TopicVersion v = admin.saveFile(text, "test", "sport by elections");
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
    Facetwire fw = withFixtures(clock, "fixtures/wikinews_2019.csv");
    Importer.Run running = fw.importer().start(); // began with version 0, still writing
    String text = sportByElections(fw.topics().live().base().topicsText());
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

  /**
   * An index from before the stamp: its mapping has no {@code topics_version} and its articles none. A
   * server on it adds the field in place (put-mapping at start, no reindex), and the next save re-tags
   * every unstamped article as "not stamped with the version in use", stamping each.
   */
  @Test
  void anIndexFromBeforeTheStampIsStampedWholeByTheNextReTag() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));
    IndexNames names = new IndexNames(TestEngine.uniquePrefix());
    ElasticsearchClient client = TestEngine.get().client();
    FacetExtractor extractor = TestServer.extractor();
    ObjectNode legacy = new IndexBootstrap(client, Json.mapper()).definition(IndexNames.ARTICLES);
    ((ObjectNode) legacy.path("mappings").path("properties")).remove(ArticleFields.TOPICS_VERSION);
    client.indices().create(c -> c.index(names.articles() + "-v1").withJson(new StringReader(legacy.toString()))
        .aliases(names.articles(), a -> a.isWriteIndex(true)));
    ArticleWriter.Session before = new ArticleWriter(client, io.facetwire.engine.BulkSender.on(TestEngine.get()), names.articles(),
        new ArticleDocuments(Json.mapper(), extractor.facets()), clock).open();
    readFixture("fixtures/wikinews_2019.csv", a -> before.add(a.withFacets(extractor.extract(a.title(), a.body(),
        a.source())), new ArticleWriter.Origin("legacy", a.id(), 0)));
    long written = before.finish().indexed();
    assertTrue(written > 20, "legacy articles written: " + written);

    Facetwire fw = Facetwire.onEngine(TestEngine.get(), names, extractor, clock, TestServer.testConfig());
    assertTrue(client.indices().getMapping(m -> m.index(names.articles())).result().values().iterator().next()
        .mappings().properties().containsKey(ArticleFields.TOPICS_VERSION), "the field was added in place");
    assertNull(fw.articles().get(firstId(fw)).orElseThrow().topicsVersion(), "stored before the stamp: none");
    assertEquals(written, fw.articles().count(TopicRetagger.notStampedWith(0)), "unstamped is not stamped 0");

    fw.topics().saveFile(sportByElections(extractor.topicsText()), "test", null);
    assertEquals(written, fw.topics().versions().retagState().total(), "every unstamped article is to do");
    RetagState done = fw.topics().retagger().runToEnd();
    assertEquals(written, done.read());
    assertEquals(written, done.updated(), "each written again, if only for its stamp");
    assertEquals(0, fw.articles().count(TopicRetagger.notStampedWith(1)), "every article stamped 1 now");
    assertEquals(0, fw.reenricher().run().updated(), "and tagged with version 1's topics");
  }

  /**
   * An {@code enrich} that took version 0 and writes after a save's re-tag went by (here: its second page
   * of 1,000, read after an admin saved version 1 and the re-tag finished) ends by asking for a pass over
   * what is not stamped with version 1, which tags those articles again. Without that hook they would keep
   * version 0's topics.
   */
  @Test
  void anEnrichThatTookEarlierTopicsAndWritesAfterTheReTagEndsWithTheNewTopics() {
    Facetwire fw = withFixtures(new MutableClock(Instant.parse("2026-12-01T02:00:00Z")), "fixtures/reut2-000.sgm",
        "fixtures/wikinews_2019.csv");
    long articles = fw.articles().count();
    assertTrue(articles > 1000, "more than one page of enrich's 1000: " + articles);
    String text = sportByElections(fw.topics().live().base().topicsText());
    boolean[] saved = {false};
    EnrichSummary enrich = fw.reenricher().run(read -> {
      if (!saved[0]) {
        saved[0] = true;
        fw.topics().saveFile(text, "other server", null);
        assertEquals(1, fw.topics().retagger().runToEnd().tagged(), "the save's re-tag went by");
      }
    });
    assertTrue(saved[0]);
    assertTrue(enrich.updated() > 0, "enrich wrote version 0 over re-tagged articles: " + enrich.oneLine());
    assertEquals(0, fw.articles().count(TopicRetagger.notStampedWith(1)), "its end tagged them again");
    RetagState state = fw.topics().versions().retagState();
    assertEquals(enrich.updated(), state.read(), "the pass read just what enrich wrote late: " + state);
    assertEquals(0, fw.reenricher().run().updated(), "nothing left with version 0's topics");
  }

  /** A Facetwire on its own indices of the shared node (not closed: that would stop the node), with the fixtures imported. */
  private static Facetwire withFixtures(MutableClock clock, String... fixtures) {
    Facetwire fw = Facetwire.onEngine(TestEngine.get(), new IndexNames(TestEngine.uniquePrefix()),
        TestServer.extractor(), clock, TestServer.testConfig());
    TestServer.importFixtures(fw.importer(), ReadOptions.NONE, fixtures);
    return fw;
  }

  /** The definitions of {@code topicsText} with sport made to tag election stories: a change a re-tag shows. */
  private static String sportByElections(String topicsText) {
    return TopicBlocks.of(topicsText).replace("sport",
        "[sport]\nthreshold = 3\nmentions = 1\nshare = 0\n5  election, elections, vote\n");
  }

  private static String firstId(Facetwire fw) {
    return new ArticleScanner(fw.engine().client(), fw.names().articles(), fw.documents(), 1).pageAfter(null)
        .articles().get(0).id();
  }

  private static void readFixture(String resource, java.util.function.Consumer<Article> each) throws Exception {
    try (InputStream in = TopicRetaggerTest.class.getClassLoader().getResourceAsStream(resource)) {
      ArticleReaders.forFile(resource).read(in, resource, ReadOptions.NONE, new RecordSink() {
        @Override
        public void accept(Article article, String location) {
          each.accept(ArticleIds.withStableId(article));
        }

        @Override
        public void reject(RecordError error) {
          throw new AssertionError(error.toString());
        }
      });
    }
  }

  private static TopicRetagger retagger(Facetwire fw, IndexNames names, MutableClock clock, TopicAdmin admin) {
    return new TopicRetagger(admin.versions(), admin.live(),
        new ArticleScanner(fw.engine().client(), names.articles(), fw.documents(), 20),
        new ArticleWriter(fw.engine().client(), io.facetwire.engine.BulkSender.on(fw.engine()), names.articles(), fw.documents(), clock), fw.articles(), clock);
  }
}

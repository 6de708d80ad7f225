package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.article.Article;
import io.facetwire.article.RecordSink;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import io.facetwire.ingest.Importer;
import io.facetwire.support.BrowserSession;
import io.facetwire.support.Http;
import io.facetwire.support.TestServer;
import io.facetwire.topics.RetagState;
import io.facetwire.topics.TopicBlocks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The topic editor's two gaps, closed, on two servers of one installation: a topics.txt shipped with an
 * upgrade that differs from version 0 stored in the index is announced (log and page) with one click to
 * adopt it or keep the saved version; and an import that took the earlier topics and writes after the
 * re-tag passed still ends with the new topics.
 */
class TopicEditorGapsTest {

  static final String ELECTION_SPORT = TopicAdminRoutesTest.ELECTION_SPORT;
  static final String ELECTION = "An election was held. The election result and the vote count were disputed.";

  /** The default definitions with sport changed: what an upgrade might ship. */
  static FacetExtractor upgraded() {
    FacetExtractor base = TestServer.extractor();
    return base.withTopics(TopicBlocks.of(base.topicsText()).replace("sport", ELECTION_SPORT), "upgraded topics.txt");
  }

  @Test
  void anImportThatTookEarlierTopicsAndWritesAfterTheReTagEndsWithTheNewTopics() {
    try (TestServer first = TestServer.start(); TestServer second = TestServer.startBeside(first)) {
      assertFalse(TestServer.extractor().extract("Vote", ELECTION).values(Facet.TOPIC).contains("sport"),
          "the earlier topics do not tag it sport");
      // An import on the second server begins with version 0 ...
      Importer.Run run = second.facetwire().importer().start();
      RecordSink sink = run.forFile("late.jsonl");
      sink.accept(article("late-1"), "line 1");
      // ... an admin saves version 1 on the first server, whose re-tag runs to its end ...
      assertTrue(first.facetwire().topics().save("sport", ELECTION_SPORT, "first@example.org", "gap").ok());
      RetagState passed = TopicAdminRoutesTest.awaitRetag(first, 1);
      // ... and only then the import writes (everything it read is written when it finishes), with version 0.
      sink.accept(article("late-2"), "line 2");
      assertEquals(2, run.finish().indexed());
      // Its end saw the newer version and asked for a pass over what is not stamped with it.
      RetagState rechecked = TopicAdminRoutesTest.awaitRetag(first, 1);
      assertTrue(rechecked.startedAt().isAfter(passed.finishedAt()), "a second pass ran: " + rechecked);
      assertEquals(2, rechecked.read(), "it read only the two articles written late: " + rechecked);
      for (String id : List.of("late-1", "late-2")) {
        Article stored = first.facetwire().articles().get(id).orElseThrow();
        assertTrue(stored.values(Facet.TOPIC).contains("sport"), id + " has version 1's topics: " + stored.facets());
        assertEquals(1, stored.topicsVersion(), id);
      }
      // An import that took the newest topics is left alone: no pass asked for, nothing written again.
      Importer.Run current = second.facetwire().importer().start();
      current.forFile("now.jsonl").accept(article("now-1"), "line 1");
      assertEquals(1, current.finish().indexed());
      assertEquals(rechecked, first.facetwire().topics().versions().retagState(), "the re-tag state is untouched");
      Article now = first.facetwire().articles().get("now-1").orElseThrow();
      assertTrue(now.values(Facet.TOPIC).contains("sport"));
      assertEquals(1, now.topicsVersion());
    }
  }

  @Test
  void aShippedFileThatDiffersFromVersionZeroIsAnnouncedAndAdoptedWithOneClick() {
    List<LogEvent> warnings = capture();
    try (TestServer first = TestServer.start()) {
      BrowserSession admin = first.browser();
      admin.signUp("shipped-admin@example.org", "admin password");
      assertNull(first.browser().onServer(first.http().base()).get("/admin/topics").html()
          .selectFirst(".shipped-notice"));
      assertTrue(first.facetwire().topics().save("sport", TopicAdminRoutesTest.NEVER_SPORT, "a", "mine").ok());

      try (TestServer upgraded = TestServer.startBeside(first, upgraded())) {
        assertEquals(1, upgraded.facetwire().topics().live().current().version(), "the saved version stays in use");
        assertTrue(warnings.stream().anyMatch(e -> e.getLevel() == Level.WARN
            && e.getMessage().getFormattedMessage().contains("differs from version 0")), warnings.toString());
        BrowserSession there = admin.onServer(upgraded.http().base());
        Document page = there.get("/admin/topics").html();
        assertNotNull(page.selectFirst(".shipped-notice"), "the page says so");
        assertTrue(page.selectFirst(".shipped-notice").text().contains("saved version 1 stays in use"));
        assertEquals(400, there.post("/admin/topics/shipped", Map.of("choice", "maybe")).status());

        Http.Response adopted = there.post("/admin/topics/shipped", Map.of("choice", "adopt"));
        assertEquals(303, adopted.status());
        assertEquals(2, upgraded.facetwire().topics().live().current().version());
        assertEquals(upgraded().topicsText(), upgraded.facetwire().topics().versions().get(2).orElseThrow().text());
        assertTrue(upgraded.facetwire().extractor().extract("Vote", ELECTION).values(Facet.TOPIC).contains("sport"));
        TopicAdminRoutesTest.awaitRetag(upgraded, 2);
        assertNull(there.get("/admin/topics").html().selectFirst(".shipped-notice"), "adopted: nothing to say");
      }
    } finally {
      release();
    }
  }

  @Test
  void keepingTheSavedVersionMakesTheShippedFileVersionZeroAndANewFileWithNoSavedVersionIsSimplyUsed() {
    try (TestServer first = TestServer.start()) {
      BrowserSession admin = first.browser();
      admin.signUp("keep-admin@example.org", "admin password");
      // No version saved: a server with a new file uses it, and it becomes version 0 without a word.
      try (TestServer upgraded = TestServer.startBeside(first, upgraded())) {
        assertNull(admin.onServer(upgraded.http().base()).get("/admin/topics").html().selectFirst(".shipped-notice"));
        assertEquals(upgraded().topicsText(), upgraded.facetwire().topics().versions().shipped().orElseThrow().text());
      }
      // The first server (its file now differs from version 0) saves a version; then it keeps it.
      assertTrue(first.facetwire().topics().save("sport", TopicAdminRoutesTest.NEVER_SPORT, "a", "mine").ok());
      assertNotNull(admin.get("/admin/topics").html().selectFirst(".shipped-notice"));
      assertEquals(303, admin.post("/admin/topics/shipped", Map.of("choice", "keep")).status());
      assertNull(admin.get("/admin/topics").html().selectFirst(".shipped-notice"));
      assertEquals(1, first.facetwire().topics().live().current().version(), "kept: no new version");
      assertEquals(1, first.facetwire().topics().versions().list(10).size());
      assertEquals(TestServer.extractor().topicsText(),
          first.facetwire().topics().versions().shipped().orElseThrow().text());
      BrowserSession user = first.browser();
      user.signUp("keep-user@example.org", "user password");
      assertEquals(403, user.post("/admin/topics/shipped", Map.of("choice", "adopt")).status(), "admins only");
    }
  }

  private static Article article(String id) {
    return new Article(id, null, "Vote", ELECTION, "Wire", Instant.parse("2026-05-01T00:00:00Z"), null, Map.of(), null);
  }

  private static final String LOGGER = "io.facetwire.topics.ShippedTopics";

  private static List<LogEvent> capture() {
    List<LogEvent> events = new CopyOnWriteArrayList<>();
    AbstractAppender appender = new AbstractAppender("shipped-capture", null, null, true, Property.EMPTY_ARRAY) {
      @Override
      public void append(LogEvent event) {
        events.add(event.toImmutable());
      }
    };
    appender.start();
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    LoggerConfig config = new LoggerConfig(LOGGER, Level.INFO, true);
    config.addAppender(appender, Level.INFO, null);
    context.getConfiguration().addLogger(LOGGER, config);
    context.updateLoggers();
    return events;
  }

  private static void release() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().removeLogger(LOGGER);
    context.updateLoggers();
  }
}

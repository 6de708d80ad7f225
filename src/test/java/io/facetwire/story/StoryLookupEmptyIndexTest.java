package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.engine.ArticleDocuments;
import io.facetwire.engine.ArticleWriter;
import io.facetwire.engine.BulkSender;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.support.CountingClient;
import io.facetwire.support.TestEngine;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stored-candidate search is not sent while the index has nothing searchable (a first import into a
 * new index): a count says so. Once an article is searchable the search goes out again and finds it.
 */
class StoryLookupEmptyIndexTest {

  private static final String BODY = "The central bank added reserves to the banking system through customer "
      + "repurchase agreements, a spokesman said, as the federal funds rate traded near six percent.";
  private static final Instant DAY = Instant.parse("1987-03-02T10:00:00Z");

  private CountingClient counting;
  private IndexNames names;

  @BeforeEach
  void indices() {
    names = new IndexNames(TestEngine.uniquePrefix());
    new IndexBootstrap(TestEngine.get().client(), Json.mapper()).ensureIndices(names);
    counting = new CountingClient(TestEngine.get());
  }

  @AfterEach
  void close() throws Exception {
    counting.close();
  }

  @Test
  void anEmptyIndexIsCountedNotSearched() throws Exception {
    StoryLookup lookup = new StoryLookup(counting.client(), names.articles());

    assertEquals(List.of(), lookup.candidates(List.of(member("new-1", "FED ADDS RESERVES", BODY))));

    assertEquals(0, lookup.searches());
    assertTrue(counting.paths().stream().anyMatch(p -> p.contains("/_count")), counting.paths().toString());
    assertTrue(counting.paths().stream().noneMatch(p -> p.contains("/_search")), counting.paths().toString());
  }

  @Test
  void onceAnArticleIsSearchableTheBatchIsSearchedAndFindsIt() throws Exception {
    ArticleWriter writer = new ArticleWriter(TestEngine.get().client(), BulkSender.on(TestEngine.get()),
        names.articles(), new ArticleDocuments(Json.mapper(), FacetCatalog.standard()), Clock.systemUTC());
    ArticleWriter.Session session = writer.open();
    session.add(Article.fromInput("stored-1", null, "FED ADDS RESERVES", BODY, "Wire", DAY, Map.of()),
        new ArticleWriter.Origin("test", "record 1", 1));
    assertEquals(1, session.finish().indexed()); // finish refreshes: the article is searchable
    StoryLookup lookup = new StoryLookup(counting.client(), names.articles());

    List<StoryMember> found = lookup.candidates(List.of(member("copy-1", "FED ADDS RESERVES", BODY)));

    assertEquals(1, lookup.searches());
    assertEquals(List.of("stored-1"), found.stream().map(m -> m.id).toList());
  }

  private static StoryMember member(String id, String title, String body) {
    return new StoryMember(id, null, StoryRule.fingerprint(title, body), title, body, DAY, null, 0);
  }
}

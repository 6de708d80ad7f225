package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import io.facetwire.support.TestEngine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stored versions written in one bulk request share their {@code ingested_at}, so their doc values (milliseconds) do
 * not order them. On the real node: when they are all of one story, that is the story, and no exact date is read;
 * when they are of different stories, their exact dates are read (together, before the rule runs) and the first seen
 * decides, as with their documents.
 */
class StoryFirstSeenOrderTest {

  private static final Instant DAY = Instant.parse("1987-03-02T10:00:00Z");
  private static final String WHEAT = "Wheat export tenders were cut back by the agency after the harvest estimate fell "
      + "again, traders in Chicago said, and prices rose for a third day on the news.";
  private IndexNames names;

  @BeforeEach
  void indices() throws Exception {
    names = new IndexNames(TestEngine.uniquePrefix());
    new IndexBootstrap(TestEngine.get().client(), Json.mapper()).ensureIndices(names);
  }

  @AfterEach
  void delete() {
    TestEngine.deleteIndices(names.prefix());
  }

  @Test
  void versionsOfOneStoryInOneMillisecondNeedNoExactDates() {
    StoryDocumentsFetchTest.write(names.articles(), List.of(wheat("w-2"), wheat("w-0"), wheat("w-1")));
    StoryLookup lookup = new StoryLookup(TestEngine.get().client(), names.articles());

    Map<String, String> stories = assign(lookup, wheat("w-3"));

    assertEquals(Map.of("w-3", "w-2"), stories, "the first written in the bulk is its story");
    assertEquals(0, lookup.documentRequests(), "no _mget");
    assertEquals(0, lookup.documentsReadAlone(), "no _get");
  }

  @Test
  void versionsOfDifferentStoriesInOneMillisecondAreOrderedByTheirExactDates() {
    // One bulk request: the same ingested_at; w-1 first (its own story), w-0 keeps the story it was given (as a
    // re-import keeps its own).
    StoryDocumentsFetchTest.write(names.articles(), List.of(wheat("w-1"), wheat("w-0").withStoryId("elsewhere")));
    StoryLookup lookup = new StoryLookup(TestEngine.get().client(), names.articles());

    Map<String, String> stories = assign(lookup, wheat("w-2"));

    assertEquals(Map.of("w-2", "elsewhere"), stories, "the same ingested_at and publication: the id decides, w-0");
    assertEquals(1, lookup.documentRequests(), "their exact dates in one _mget");
    assertEquals(2, lookup.documentsFetched());
    assertEquals(0, lookup.documentsReadAlone());

    // Read on demand when nothing was fetched beforehand: the same story.
    StoryLookup alone = new StoryLookup(TestEngine.get().client(), names.articles());
    StoryGrouping.StoredCandidates withoutFetching = new StoryGrouping.StoredCandidates() {
      @Override
      public List<StoryMember> candidates(List<StoryMember> batch) throws java.io.IOException {
        return alone.candidates(batch);
      }

      @Override
      public void complete(java.util.Collection<StoryMember> candidates, boolean withBodies) {}
    };
    assertEquals(Map.of("w-2", "elsewhere"), assign(withoutFetching, wheat("w-2")));
    assertEquals(2, alone.documentsReadAlone());
  }

  private static Map<String, String> assign(StoryGrouping.StoredCandidates lookup, Article a) {
    List<StoryGrouping.Grouped> grouped = new StoryGrouping(lookup).open().assign(List.of(a));
    return Map.of(grouped.get(0).article().id(), grouped.get(0).article().storyId());
  }

  private static Article wheat(String id) {
    return Article.fromInput(id, null, "WHEAT TENDERS CUT BACK", WHEAT, "Wire", DAY, Map.of());
  }
}

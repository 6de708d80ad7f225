package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import io.facetwire.support.CountingClient;
import io.facetwire.support.TestEngine;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A light candidate's headline words ({@link HeadlineWords}, doc values of {@code near_dup_words}) on the real node: a
 * marked article compares its headline with the stored candidates of the days around it without reading theirs; a
 * candidate stored before the field existed, or whose field is missing or garbled, has its headline read by id as
 * before. The stories are the same every way ({@link StoryDocumentsFetchTest#STORIES}).
 */
class StoryHeadlineWordsTest {

  private final IndexNames names = new IndexNames(TestEngine.uniquePrefix());
  private final IndexNames today = new IndexNames(TestEngine.uniquePrefix());
  private CountingClient counting;

  @AfterEach
  void delete() throws Exception {
    if (counting != null) {
      counting.close();
    }
    TestEngine.deleteIndices(names.prefix());
    TestEngine.deleteIndices(today.prefix());
  }

  @Test
  void lightCandidatesWithHeadlineWordsNeedNoHeadlineRead() throws Exception {
    new IndexBootstrap(TestEngine.get().client(), Json.mapper()).ensureIndices(names);
    StoryDocumentsFetchTest.write(names.articles(), StoryDocumentsFetchTest.stored());
    counting = new CountingClient(TestEngine.get());
    StoryLookup lookup = new StoryLookup(counting.client(), names.articles());
    for (StoryMember c : lookup.candidates(StoryDocumentsFetchTest.members(StoryDocumentsFetchTest.batch()))) {
      assertTrue(c.headlineWordsAtHand() && !c.titleAtHand(), c.id + ": its headline's words from doc values");
      assertEquals(StoryWords.words(title(c.id)), c.titleWords(), c.id + " (stored without a version mark)");
    }

    lookup = new StoryLookup(counting.client(), names.articles());
    assertEquals(StoryDocumentsFetchTest.STORIES, StoryDocumentsFetchTest.stories(new StoryGrouping(lookup)));

    // cocoa-0 is compared with the corrected repeat on its headline's words alone (apart): not read. fix-0 (half its
    // words shared) and resend-0 (the same headline) have their bodies read, in one _mget.
    assertEquals(1, lookup.documentRequests(), "no _mget of headlines");
    assertEquals(2, lookup.documentsFetched(), "fix-0 and resend-0; not cocoa-0");
    assertEquals(0, lookup.documentsReadAlone());
  }

  /** With nothing the rule reads beyond headline words (a copy and a corrected repeat of another story): no _mget. */
  @Test
  void aMarkedArticleAgainstLightCandidatesSendsNoMget() throws Exception {
    new IndexBootstrap(TestEngine.get().client(), Json.mapper()).ensureIndices(names);
    StoryDocumentsFetchTest.write(names.articles(), StoryDocumentsFetchTest.stored());
    counting = new CountingClient(TestEngine.get());
    StoryLookup lookup = new StoryLookup(counting.client(), names.articles());
    List<io.facetwire.article.Article> batch = List.of(StoryDocumentsFetchTest.batch().get(0),
        io.facetwire.article.Article.fromInput("fix-9", null, "CORRECTED - TOKYO STOCKS CLOSE LOWER",
            "Tokyo stock prices closed lower, not higher as reported, dealers said.", "Wire",
            StoryDocumentsFetchTest.batch().get(0).publishedAt(), Map.of()));
    int before = counting.paths().size();

    Map<String, String> stories = new java.util.LinkedHashMap<>();
    for (StoryGrouping.Grouped g : new StoryGrouping(lookup).open().assign(batch)) {
      stories.put(g.article().id(), g.article().storyId());
    }

    assertEquals(Map.of("cocoa-1", "cocoa-0", "fix-9", "fix-9"), stories);
    List<String> paths = counting.paths().subList(before, counting.paths().size());
    assertTrue(paths.stream().noneMatch(p -> p.contains("_mget") || p.contains("/_doc/")), paths.toString());
    assertEquals(0, lookup.documentRequests());
    assertEquals(0, lookup.documentsReadAlone());
  }

  /**
   * An index created and written before the field (no {@code near_dup_words} in mapping or documents, own keys there):
   * its candidates are light without words, their headlines read by id as before; the start-up adds the field in place,
   * and articles written after it are found with their words.
   */
  @Test
  void anIndexWrittenBeforeTheFieldGroupsTheSameStories() throws Exception {
    ElasticsearchClient client = TestEngine.get().client();
    IndexBootstrap bootstrap = new IndexBootstrap(client, Json.mapper());
    bootstrap.ensureIndices(today);
    StoryDocumentsFetchTest.write(today.articles(), StoryDocumentsFetchTest.stored());
    String index = ArticlesIndexBeforeAField.create(client, bootstrap, names, HeadlineWords.FIELD);
    copyDocuments(client, doc -> doc.remove(HeadlineWords.FIELD));
    assertFalse(mapsWords(client, index));

    StoryLookup before = new StoryLookup(client, names.articles());
    assertEquals(StoryDocumentsFetchTest.STORIES, StoryDocumentsFetchTest.stories(new StoryGrouping(before)));
    assertEquals(0, before.withoutOwnKeys(), "own keys are there: light candidates");
    assertEquals(5, before.documentsFetched(), "cocoa-0's headline read too, as before the field");

    bootstrap.ensureIndices(names); // the start-up
    assertTrue(mapsWords(client, index), "added in place");
    StoryLookup after = new StoryLookup(client, names.articles());
    assertEquals(StoryDocumentsFetchTest.STORIES, StoryDocumentsFetchTest.stories(new StoryGrouping(after)));
    assertEquals(5, after.documentsFetched());

    StoryDocumentsFetchTest.write(names.articles(), StoryDocumentsFetchTest.batch()); // words under the strict mapping
    StoryLookup next = new StoryLookup(client, names.articles());
    for (StoryMember c : next.candidates(StoryDocumentsFetchTest.members(StoryDocumentsFetchTest.batch()))) {
      assertEquals(!c.id.endsWith("-0"), c.headlineWordsAtHand(), c.id);
    }
  }

  /** A candidate whose words are missing, of another scheme or garbled is read by id: the same stories. */
  @Test
  void aCandidateWithMissingOrGarbledWordsIsReadById() throws Exception {
    List<List<String>> garbled = List.of(List.of(), List.of("s:0", "c:0", "n:4", "cocoa", "talks", "end", "agreement"),
        List.of("s:1", "c:0", "n:3", "cocoa"), List.of("s:1", "n:1", "cocoa"), List.of("s:1", "c:1", "n:1", "cocoa"),
        List.of("s:1", "c:0", "n:1", "co-coa"), List.of("s:1", "c:0", "n:x", "cocoa"));
    ElasticsearchClient client = TestEngine.get().client();
    new IndexBootstrap(client, Json.mapper()).ensureIndices(today);
    StoryDocumentsFetchTest.write(today.articles(), StoryDocumentsFetchTest.stored());
    new IndexBootstrap(client, Json.mapper()).ensureIndices(names);
    for (List<String> values : garbled) {
      copyDocuments(client, doc -> {
        if (doc.path("id").asText().equals("cocoa-0")) {
          var words = doc.putArray(HeadlineWords.FIELD);
          values.forEach(words::add);
        }
      });
      StoryLookup lookup = new StoryLookup(client, names.articles());
      for (StoryMember c : lookup.candidates(StoryDocumentsFetchTest.members(StoryDocumentsFetchTest.batch()))) {
        assertEquals(!c.id.equals("cocoa-0"), c.headlineWordsAtHand(), c.id + " with " + values);
      }
      lookup = new StoryLookup(client, names.articles());
      assertEquals(StoryDocumentsFetchTest.STORIES, StoryDocumentsFetchTest.stories(new StoryGrouping(lookup)),
          values.toString());
      assertEquals(3, lookup.documentsFetched(), "cocoa-0's headline read by id, then fix-0's and resend-0's "
          + "bodies: " + values);
      assertEquals(2, lookup.documentRequests(), values.toString());
    }
  }

  /** The stored documents of {@link #today} into {@link #names}, each changed by {@code change}; searchable after. */
  private void copyDocuments(ElasticsearchClient client, Consumer<ObjectNode> change) throws Exception {
    for (String id : List.of("fix-0", "resend-0", "cocoa-0")) {
      ObjectNode doc = client.get(g -> g.index(today.articles()).id(id), ObjectNode.class).source();
      assertTrue(doc.has(HeadlineWords.FIELD), id + " was written with its headline's words");
      change.accept(doc);
      client.index(i -> i.index(names.articles()).id(id).document(doc));
    }
    client.indices().refresh(r -> r.index(names.articles()));
  }

  private static String title(String id) {
    return StoryDocumentsFetchTest.stored().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().title();
  }

  private static boolean mapsWords(ElasticsearchClient client, String index) throws Exception {
    return client.indices().getMapping(m -> m.index(index)).result().get(index).mappings().properties()
        .containsKey(HeadlineWords.FIELD);
  }
}

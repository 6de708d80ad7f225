package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import io.facetwire.support.TestEngine;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An index the version before own keys created and wrote (no {@code near_dup_own} in its mapping or its documents), on
 * the real node: story grouping reads its candidates from their documents, before the start-up adds the field (the
 * search asks doc values of a field the index does not map) and after; the start-up adds it in place; the next import
 * writes own keys into the old index under its strict mapping, and its articles are then found by doc values alone. The
 * stories are the same throughout.
 */
class StoryOwnKeysUpgradeTest {

  /** Today's installation, where the documents are written first. */
  private final IndexNames today = new IndexNames(TestEngine.uniquePrefix());
  /** The installation of the version before. */
  private final IndexNames names = new IndexNames(TestEngine.uniquePrefix());

  @AfterEach
  void delete() {
    TestEngine.deleteIndices(today.prefix());
    TestEngine.deleteIndices(names.prefix());
  }

  @Test
  void anIndexWrittenBeforeOwnKeysGroupsTheSameStoriesBeforeAndAfterTheFieldIsAddedInPlace() throws Exception {
    ElasticsearchClient client = TestEngine.get().client();
    IndexBootstrap bootstrap = new IndexBootstrap(client, Json.mapper());
    // The documents as the version before wrote them: today's, without own keys.
    bootstrap.ensureIndices(today);
    StoryDocumentsFetchTest.write(today.articles(), StoryDocumentsFetchTest.stored());
    String index = ArticlesIndexBeforeAField.create(client, bootstrap, names, NearDuplicateKeys.OWN_FIELD);
    for (String id : List.of("fix-0", "resend-0", "cocoa-0")) {
      ObjectNode doc = client.get(g -> g.index(today.articles()).id(id), ObjectNode.class).source();
      doc.remove(NearDuplicateKeys.OWN_FIELD);
      client.index(i -> i.index(names.articles()).id(id).document(doc));
    }
    client.indices().refresh(r -> r.index(names.articles()));
    assertFalse(mapsOwnKeys(client, index));

    StoryLookup before = new StoryLookup(client, names.articles());
    assertEquals(StoryDocumentsFetchTest.STORIES, StoryDocumentsFetchTest.stories(new StoryGrouping(before)),
        "an index without the field in its mapping");
    assertEquals(3, before.withoutOwnKeys());

    bootstrap.ensureIndices(names); // the start-up
    assertTrue(mapsOwnKeys(client, index), "added in place");
    StoryLookup after = new StoryLookup(client, names.articles());
    assertEquals(StoryDocumentsFetchTest.STORIES, StoryDocumentsFetchTest.stories(new StoryGrouping(after)));
    assertEquals(3, after.withoutOwnKeys());

    // The next import writes own keys into the old index (a strict mapping would refuse a field it lacked).
    StoryDocumentsFetchTest.write(names.articles(), StoryDocumentsFetchTest.batch());
    StoryLookup next = new StoryLookup(client, names.articles());
    List<StoryMember> found = next.candidates(StoryDocumentsFetchTest.members(StoryDocumentsFetchTest.batch()));
    assertEquals(7, found.size(), found.toString());
    for (StoryMember c : found) {
      boolean old = c.id.endsWith("-0");
      assertEquals(old, c.titleAtHand(), c.id + (old ? " is read from its document" : " is light"));
      assertEquals(old ? c.id : StoryDocumentsFetchTest.STORIES.get(c.id), c.storyId, c.id + "'s stored story");
    }
    assertEquals(3, next.withoutOwnKeys());
  }

  private static boolean mapsOwnKeys(ElasticsearchClient client, String index) throws Exception {
    return client.indices().getMapping(m -> m.index(index)).result().get(index).mappings().properties()
        .containsKey(NearDuplicateKeys.OWN_FIELD);
  }
}

package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.Json;
import io.facetwire.engine.IndexBootstrap;
import io.facetwire.engine.IndexNames;
import io.facetwire.support.TestEngine;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading a stored candidate's document fails (here: its index is closed after the search found the candidates, on the
 * real node, so the node answers every read with an error): the grouping never fails, whatever failed — the
 * {@code _mget} of the candidates' documents, or a document the rule reads on demand. The articles whose decision
 * needed a document start stories of their own (as when the search fails); one decided on doc values alone (a copy)
 * still joins its story.
 */
class StoryReadFailuresTest {

  /** What stays when the documents cannot be read: the copy joins its story, the rest start their own. */
  private static final Map<String, String> WITHOUT_DOCUMENTS = Map.of("cocoa-1", "cocoa-0", "fix-1", "fix-1",
      "resend-1", "resend-1", "alone-1", "alone-1");

  private IndexNames names;
  private String index;

  @BeforeEach
  void indices() throws Exception {
    names = new IndexNames(TestEngine.uniquePrefix());
    new IndexBootstrap(TestEngine.get().client(), Json.mapper()).ensureIndices(names);
    StoryDocumentsFetchTest.write(names.articles(), StoryDocumentsFetchTest.stored());
    index = TestEngine.get().client().indices().getAlias(a -> a.name(names.articles())).result().keySet()
        .iterator().next();
  }

  @AfterEach
  void reopenAndDelete() throws Exception {
    TestEngine.get().client().indices().open(o -> o.index(index));
    TestEngine.deleteIndices(names.prefix());
  }

  @Test
  void aDocumentReadOnDemandThatFailsFailsOnlyTheLookUpOfItsArticle() {
    StoryLookup lookup = new StoryLookup(TestEngine.get().client(), names.articles());

    Map<String, String> stories = StoryDocumentsFetchTest.stories(new StoryGrouping(
        new ClosingAfterTheSearch(lookup, false)));

    assertEquals(WITHOUT_DOCUMENTS, stories);
    assertEquals(0, lookup.documentRequests());
    assertTrue(lookup.documentsReadAlone() >= 2, "fix-1's and resend-1's candidates were asked for: "
        + lookup.documentsReadAlone());
  }

  @Test
  void theCandidatesDocumentsFailingToComeTogetherFailsNoImport() {
    StoryLookup lookup = new StoryLookup(TestEngine.get().client(), names.articles());

    Map<String, String> stories = StoryDocumentsFetchTest.stories(new StoryGrouping(
        new ClosingAfterTheSearch(lookup, true)));

    // The node answers an _mget of a closed index with an error for each document, not for the request: the members
    // stay light (the _mget of the documents the rule reads is sent; no headline is read, their words are doc
    // values), and the rule reads them on demand, which fails too.
    assertEquals(1, lookup.documentRequests());
    assertEquals(0, lookup.documentsFetched());
    assertEquals(WITHOUT_DOCUMENTS, stories);
  }

  /** The real look-up, whose index is closed once the search has found the candidates. */
  private final class ClosingAfterTheSearch implements StoryGrouping.StoredCandidates {
    private final StoryLookup lookup;
    private final boolean completeTogether;

    ClosingAfterTheSearch(StoryLookup lookup, boolean completeTogether) {
      this.lookup = lookup;
      this.completeTogether = completeTogether;
    }

    @Override
    public List<StoryMember> candidates(List<StoryMember> batch) throws IOException {
      List<StoryMember> found = lookup.candidates(batch);
      assertEquals(3, found.size(), found.toString());
      TestEngine.get().client().indices().close(c -> c.index(index));
      return found;
    }

    @Override
    public void complete(Collection<StoryMember> candidates, boolean withBodies) throws IOException {
      if (completeTogether) {
        lookup.complete(candidates, withBodies);
      }
    }
  }
}

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
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stored candidates come without their bodies; the grouping fetches, in one {@code _mget}, only those the rule
 * reads (far fingerprints under a version mark or the same headline), and a body it reads that was not fetched
 * comes from the index on demand: the stories are the same either way, on the real node.
 */
class StoryBodiesFetchTest {

  private static final Instant DAY = Instant.parse("1987-03-02T10:00:00Z");
  private static final String RESERVES = "The Federal Reserve entered the government securities market to arrange "
      + "customer repurchase agreements, a Fed spokesman said. Dealers said federal funds were trading at 6-1/8 pct "
      + "when the Fed began its temporary and indirect supply of reserves to the banking system.";
  private static final String COCOA = "Cocoa producers and consumers ended talks in London without agreement on "
      + "buffer stock rules, delegates said, and the council will meet again in the summer to try once more.";

  private CountingClient counting;
  private IndexNames names;

  @BeforeEach
  void indices() throws Exception {
    names = new IndexNames(TestEngine.uniquePrefix());
    new IndexBootstrap(TestEngine.get().client(), Json.mapper()).ensureIndices(names);
    counting = new CountingClient(TestEngine.get());
    ArticleWriter writer = new ArticleWriter(TestEngine.get().client(), BulkSender.on(TestEngine.get()),
        names.articles(), new ArticleDocuments(Json.mapper(), FacetCatalog.standard()), Clock.systemUTC());
    ArticleWriter.Session session = writer.open();
    int n = 0;
    for (Article a : List.of(
        article("fix-0", "BANKAMERICA NEGOTIATING SALE OF UNITS", StoriesEndToEndTest.CORRECTION_BEFORE, DAY.minusSeconds(3 * 86_400)),
        article("resend-0", "FED ADDS RESERVES VIA CUSTOMER REPURCHASES", RESERVES, DAY.minusSeconds(86_400)),
        article("cocoa-0", "COCOA TALKS END WITHOUT AGREEMENT", COCOA, DAY.minusSeconds(86_400)))) {
      session.add(a, new ArticleWriter.Origin("test", "record " + ++n, n));
    }
    assertEquals(3, session.finish().indexed()); // finish refreshes: the articles are searchable
  }

  @AfterEach
  void close() throws Exception {
    counting.close();
  }

  /** The new batch: a copy, a corrected repeat, a resend and one of its own. */
  private static List<Article> batch() {
    return List.of(
        article("cocoa-1", "COCOA TALKS END WITHOUT AGREEMENT", COCOA, DAY),
        article("fix-1", "CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE", StoriesEndToEndTest.CORRECTION_AFTER, DAY),
        article("resend-1", "FED ADDS RESERVES VIA CUSTOMER REPURCHASES",
            "Updated. " + RESERVES.replace(" the ", " a ").replace(" and ", " & "), DAY),
        article("alone-1", "TOKYO STOCKS CLOSE HIGHER", "Tokyo stock prices closed higher in active trading led by "
            + "banks and brokerages, while the dollar held steady against the yen, dealers said.", DAY));
  }

  private static final Map<String, String> STORIES = Map.of("cocoa-1", "cocoa-0", "fix-1", "fix-0",
      "resend-1", "resend-0", "alone-1", "alone-1");

  @Test
  void onlyTheBodiesTheRuleReadsAreFetchedInOneRequest() {
    StoryLookup lookup = new StoryLookup(counting.client(), names.articles());

    Map<String, String> stories = stories(new StoryGrouping(lookup));

    assertEquals(STORIES, stories);
    assertEquals(1, lookup.searches());
    assertEquals(1, lookup.bodyRequests(), "one _mget for the batch");
    // The corrected repeat's and the resend's stored versions; not the copy's (its fingerprint is near).
    assertEquals(2, lookup.bodiesFetched(), "the bodies of fix-0 and resend-0");
    assertEquals(0, lookup.bodiesReadAlone(), "every body the rule read was fetched with the others");
    assertEquals(1, counting.paths().stream().filter(p -> p.contains("/_mget")).count(), counting.paths().toString());
    assertTrue(counting.paths().stream().noneMatch(p -> p.contains("/_doc/")), counting.paths().toString());
  }

  @Test
  void bodiesNotFetchedBeforehandAreReadOnDemandWithTheSameStories() {
    StoryLookup lookup = new StoryLookup(counting.client(), names.articles());
    StoryGrouping.StoredCandidates withoutFetching = new StoryGrouping.StoredCandidates() {
      @Override
      public List<StoryMember> candidates(List<StoryMember> batch) throws IOException {
        return lookup.candidates(batch);
      }

      @Override
      public void fetchBodies(Collection<StoryMember> candidates) {
        // Fetch none: the rule reads each it needs from the index.
      }
    };

    Map<String, String> stories = stories(new StoryGrouping(withoutFetching));

    assertEquals(STORIES, stories);
    assertEquals(0, lookup.bodyRequests());
    assertEquals(2, lookup.bodiesReadAlone(), "fix-0's and resend-0's bodies, one request each");
  }

  private static Map<String, String> stories(StoryGrouping grouping) {
    Map<String, String> out = new LinkedHashMap<>();
    for (StoryGrouping.Grouped g : grouping.open().assign(batch())) {
      out.put(g.article().id(), g.article().storyId());
    }
    return out;
  }

  private static Article article(String id, String title, String body, Instant at) {
    return Article.fromInput(id, null, title, body, "Wire", at, Map.of());
  }
}

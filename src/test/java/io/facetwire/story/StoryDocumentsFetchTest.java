package io.facetwire.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The stored candidates come from their doc values alone (light: no headline, no body, dates to the millisecond); the
 * grouping reads, in one {@code _mget} of headlines and one of bodies, only the documents the rule reads (far
 * fingerprints within days: under a version mark, or under the same headline), and a document it reads that was not
 * fetched comes from the index on
 * demand; candidates of an index written before own keys existed are read from their documents at once: the stories
 * are the same every way, on the real node.
 */
class StoryDocumentsFetchTest {

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
    write(names.articles(), stored());
  }

  /** The stored versions: an item later corrected, a report later resent, a story later copied. */
  static List<Article> stored() {
    return List.of(
        article("fix-0", "BANKAMERICA NEGOTIATING SALE OF UNITS", StoriesEndToEndTest.CORRECTION_BEFORE, DAY.minusSeconds(3 * 86_400)),
        article("resend-0", "FED ADDS RESERVES VIA CUSTOMER REPURCHASES", RESERVES, DAY.minusSeconds(86_400)),
        article("cocoa-0", "COCOA TALKS END WITHOUT AGREEMENT", COCOA, DAY.minusSeconds(86_400)));
  }

  /** Imports {@code articles} through the writer, as an import does; searchable when it returns. */
  static void write(String alias, List<Article> articles) {
    ArticleWriter writer = new ArticleWriter(TestEngine.get().client(), BulkSender.on(TestEngine.get()),
        alias, new ArticleDocuments(Json.mapper(), FacetCatalog.standard()), Clock.systemUTC());
    ArticleWriter.Session session = writer.open();
    int n = 0;
    for (Article a : articles) {
      session.add(a, new ArticleWriter.Origin("test", "record " + ++n, n));
    }
    assertEquals(articles.size(), session.finish().indexed()); // finish refreshes: the articles are searchable
  }

  @AfterEach
  void close() throws Exception {
    counting.close();
    TestEngine.deleteIndices(names.prefix());
  }

  /** The new batch: a copy, a corrected repeat, a resend and one of its own. */
  static List<Article> batch() {
    return List.of(
        article("cocoa-1", "COCOA TALKS END WITHOUT AGREEMENT", COCOA, DAY),
        article("fix-1", "CORRECTED - BANKAMERICA NEGOTIATING UNITS SALE", StoriesEndToEndTest.CORRECTION_AFTER, DAY),
        article("resend-1", "FED ADDS RESERVES VIA CUSTOMER REPURCHASES",
            "Updated. " + RESERVES.replace(" the ", " a ").replace(" and ", " & "), DAY),
        article("alone-1", "TOKYO STOCKS CLOSE HIGHER", "Tokyo stock prices closed higher in active trading led by "
            + "banks and brokerages, while the dollar held steady against the yen, dealers said.", DAY));
  }

  static final Map<String, String> STORIES = Map.of("cocoa-1", "cocoa-0", "fix-1", "fix-0",
      "resend-1", "resend-0", "alone-1", "alone-1");

  @Test
  void candidatesComeFromTheirDocValuesAndOnlyTheDocumentsTheRuleReadsAreFetchedTogether() throws Exception {
    StoryLookup lookup = new StoryLookup(counting.client(), names.articles());
    List<StoryMember> found = lookup.candidates(members(batch()));
    assertEquals(3, found.size(), found.toString());
    for (StoryMember c : found) {
      assertFalse(c.titleAtHand() || c.bodyAtHand() || c.datesExact(), c.id + " is found by its doc values alone");
    }

    lookup = new StoryLookup(counting.client(), names.articles());
    int before = counting.paths().size();
    Map<String, String> stories = stories(new StoryGrouping(lookup));
    List<String> paths = counting.paths().subList(before, counting.paths().size());

    assertEquals(STORIES, stories);
    assertEquals(1, lookup.searches());
    assertEquals(0, lookup.withoutOwnKeys());
    // Their headlines' words are doc values (StoryHeadlineWordsTest), so no _mget of headlines: one of the documents
    // whose bodies the rule reads, the corrected repeat's stored version (headlines sharing half their words) and the
    // resend's (the same headline); not the copy's (its fingerprint is near, and the corrected repeat compares its
    // headline's words from its doc values).
    assertEquals(1, lookup.documentRequests(), "one _mget, of bodies");
    assertEquals(2, lookup.documentsFetched(), "fix-0 and resend-0");
    assertEquals(0, lookup.documentsReadAlone(), "every document the rule read was fetched with the others");
    assertEquals(1, paths.stream().filter(p -> p.contains("/_mget")).count(), paths.toString());
    assertTrue(paths.stream().noneMatch(p -> p.contains("/_doc/")), paths.toString());
  }

  /**
   * A copy and an article of its own, with nothing marked: decided on the doc values alone (the copy's stored version
   * is shown once for each of the 20 keys they share; comparing it with itself reads nothing).
   */
  @Test
  void copiesNeedNoStoredDocument() {
    StoryLookup lookup = new StoryLookup(counting.client(), names.articles());
    List<Article> batch = List.of(batch().get(0), batch().get(3));

    Map<String, String> stories = new LinkedHashMap<>();
    for (StoryGrouping.Grouped g : new StoryGrouping(lookup).open().assign(batch)) {
      stories.put(g.article().id(), g.article().storyId());
    }

    assertEquals(Map.of("cocoa-1", "cocoa-0", "alone-1", "alone-1"), stories);
    assertEquals(1, lookup.searches());
    assertEquals(0, lookup.documentRequests(), "no _mget");
    assertEquals(0, lookup.documentsReadAlone(), "no _get");
  }

  @Test
  void documentsNotFetchedBeforehandAreReadOnDemandWithTheSameStories() {
    StoryLookup lookup = new StoryLookup(counting.client(), names.articles());
    StoryGrouping.StoredCandidates withoutFetching = new StoryGrouping.StoredCandidates() {
      @Override
      public List<StoryMember> candidates(List<StoryMember> batch) throws IOException {
        return lookup.candidates(batch);
      }

      @Override
      public void complete(Collection<StoryMember> candidates, boolean withBodies) {
        // Fetch none: the rule reads each it needs from the index.
      }
    };

    Map<String, String> stories = stories(new StoryGrouping(withoutFetching));

    assertEquals(STORIES, stories);
    assertEquals(0, lookup.documentRequests());
    assertEquals(2, lookup.documentsReadAlone(), "fix-0's and resend-0's documents, one request each (cocoa-0's "
        + "headline words are doc values)");
  }

  /**
   * An index written before articles had own keys (or with keys of another scheme): its candidates are read from their
   * documents at once, as before, and the stories are the same.
   */
  @Test
  void candidatesStoredWithoutOwnKeysAreReadFromTheirDocumentsWithTheSameStories() throws Exception {
    for (String id : List.of("fix-0", "resend-0", "cocoa-0")) {
      ObjectNode doc = TestEngine.get().client().get(g -> g.index(names.articles()).id(id), ObjectNode.class).source();
      assertTrue(doc.has(NearDuplicateKeys.OWN_FIELD), id + " was written with its own keys");
      doc.remove(NearDuplicateKeys.OWN_FIELD);
      TestEngine.get().client().index(i -> i.index(names.articles()).id(id).document(doc));
    }
    TestEngine.get().client().indices().refresh(r -> r.index(names.articles()));
    StoryLookup lookup = new StoryLookup(counting.client(), names.articles());

    Map<String, String> stories = stories(new StoryGrouping(lookup));

    assertEquals(STORIES, stories);
    assertEquals(3, lookup.withoutOwnKeys());
    // One _mget for their documents at the search (headlines, dates, keys), one for the two bodies the rule reads.
    assertEquals(2, lookup.documentRequests());
    assertEquals(0, lookup.documentsReadAlone());
  }

  /**
   * An article rewritten from the index (enrich: it has its stored {@code ingested_at}, no story yet) and its copy
   * stored in the same bulk request, so in the same millisecond: their first-seen order needs the copy's exact dates,
   * which come in the one {@code _mget} with the others, not alone.
   */
  @Test
  void aCandidatesExactDatesForTheFirstSeenOrderComeWithTheOthers() throws Exception {
    String wheat = "Wheat export tenders were cut back by the agency after the harvest estimate fell again, traders "
        + "in Chicago said, and prices rose for a third day on the news.";
    write(names.articles(), List.of(article("wheat-0", "WHEAT TENDERS CUT BACK", wheat, DAY),
        article("wheat-copy", "WHEAT TENDERS CUT BACK", wheat, DAY)));
    ObjectNode doc = TestEngine.get().client().get(g -> g.index(names.articles()).id("wheat-copy"), ObjectNode.class)
        .source();
    assertEquals("wheat-0", doc.path("story_id").asText(), "one story as written");
    doc.remove("story_id"); // as if stored before stories
    TestEngine.get().client().index(i -> i.index(names.articles()).id("wheat-copy").document(doc));
    TestEngine.get().client().indices().refresh(r -> r.index(names.articles()));
    Article rewritten = new ArticleDocuments(Json.mapper(), FacetCatalog.standard()).fromDocument(doc);
    assertTrue(rewritten.ingestedAt() != null && rewritten.storyId() == null);
    StoryLookup lookup = new StoryLookup(counting.client(), names.articles());

    List<StoryGrouping.Grouped> grouped = new StoryGrouping(lookup).open().assign(List.of(rewritten));

    assertEquals("wheat-0", grouped.get(0).article().storyId(), "same ingested_at, then the id: wheat-0 first");
    assertEquals(1, lookup.documentRequests(), "an exact copy: no body read");
    assertEquals(1, lookup.documentsFetched(), "wheat-0's exact dates");
    assertEquals(0, lookup.documentsReadAlone());
  }

  static List<StoryMember> members(List<Article> articles) {
    List<StoryMember> out = new java.util.ArrayList<>();
    for (Article a : articles) {
      out.add(new StoryMember(a.id(), null, StoryRule.fingerprint(a.title(), a.body()), a.title(), a.body(),
          a.publishedAt(), null, out.size()));
    }
    return out;
  }

  static Map<String, String> stories(StoryGrouping grouping) {
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

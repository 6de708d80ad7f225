package io.facetwire.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleIds;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordSink;
import io.facetwire.extract.FacetExtractor;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.facet.FacetValues;
import io.facetwire.story.StoryGrouping;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleDocumentsTest {

  /**
   * The three facets these golden expectations were written for (before organization and source):
   * the request and stored shapes of those facets must not change; the new facets are tested over HTTP
   * in EntityNamesAndNewFacetsTest.
   */
  static final FacetCatalog THREE_FACETS = new FacetCatalog(List.of(Facet.COUNTRY, Facet.PERSON, Facet.TOPIC));


  private final ArticleDocuments documents = new ArticleDocuments(Json.mapper(), THREE_FACETS);

  @Test
  void documentBytesAreTheSameDocumentAsTheTreeAndTheHashIsUnchanged() throws Exception {
    Article article = new Article("a-1", "https://example.org/x", "Talks \"in\" Moscow", "Body with ünïcode\nand lines",
        "Wire", Instant.parse("2020-03-05T00:00:00Z"), facets(List.of("Russia"), List.of("Vladimir Putin"),
        List.of("Diplomacy")), Map.of("topics", List.of("b", "a"), "places", List.of("ussr")), null);
    Instant ingested = Instant.parse("2024-05-06T07:08:09.123456Z");
    ArticleDocuments.Encoded encoded = documents.encode(article);

    ArticleDocuments.Stored stored = documents.stored(article, StoryGrouping.keys(article), ingested);
    assertEquals(encoded.contentHash(), stored.contentHash(), "one pass takes the hash of the same bytes");
    JsonNode fromBytes = Json.mapper().readTree(stored.bytes());
    JsonNode fromTree = documents.toDocument(article.withIngestedAt(ingested), documents.contentHash(article));
    assertEquals(fromTree, fromBytes);
    assertEquals("2024-05-06T07:08:09.123456Z", fromBytes.path("ingested_at").asText());
    // The hash ignores ingested_at, so a re-import recognises the stored article as unchanged.
    assertEquals(encoded.contentHash(), documents.contentHash(article.withIngestedAt(ingested)));
    assertEquals(article.withIngestedAt(ingested), documents.fromDocument((com.fasterxml.jackson.databind.node.ObjectNode) fromBytes));
  }

  /**
   * Facets became data without a reindex: the stored document and its content hash are byte for byte
   * what the three named fields gave (captured from commit 4c21fe1), so a re-import finds every
   * article unchanged and keeps its ingestion time.
   */
  @Test
  void storedBytesAndHashAreThoseOfTheNamedFieldsBefore() {
    Article article = new Article("a-1", "https://example.org/x", "Talks \"in\" Moscow", "Body with ünïcode\nand lines",
        "Wire", Instant.parse("2020-03-05T00:00:00Z"), facets(List.of("Russia"), List.of("Vladimir Putin"),
        List.of("Diplomacy")), Map.of("topics", List.of("b", "a"), "places", List.of("ussr")), null);
    ArticleDocuments.Encoded encoded = documents.encode(article);
    assertEquals("FU_0RoKw1ICOcJXu8kcE1W", encoded.contentHash());
    assertEquals("{\"id\":\"a-1\",\"url\":\"https://example.org/x\",\"title\":\"Talks \\\"in\\\" Moscow\","
        + "\"body\":\"Body with ünïcode\\nand lines\",\"source\":\"Wire\",\"published_at\":\"2020-03-05T00:00:00Z\","
        + "\"countries\":[\"Russia\"],\"persons\":[\"Vladimir Putin\"],\"topics\":[\"Diplomacy\"],"
        + "\"source_tags\":{\"places\":[\"ussr\"],\"topics\":[\"b\",\"a\"]},"
        + "\"ingested_at\":\"2024-05-06T07:08:09.123456Z\",\"content_hash\":\"FU_0RoKw1ICOcJXu8kcE1W\","
        + "\"suggest\":{\"input\":[\"Talks \\\"in\\\" Moscow\",\"\\\"in\\\" Moscow\",\"Moscow\"]},"
        // Derived since: the near-duplicate keys, their own among them and the headline's words as story grouping
        // compares them (outside the hash, so stored articles stay unchanged).
        + "\"near_dup\":" + nearDupKeys(article) + ",\"near_dup_own\":" + ownKeys(article)
        + ",\"near_dup_words\":[\"s:1\",\"c:0\",\"n:3\",\"in\",\"moscow\",\"talks\"]}",
        ArticleDocuments.utf8(documents.stored(article, StoryGrouping.keys(article),
            Instant.parse("2024-05-06T07:08:09.123456Z")).bytes()));
  }

  private static String nearDupKeys(Article article) {
    return "[" + String.join(",", StoryGrouping.keys(article).stream().map(k -> "\"" + k + "\"").toList()) + "]";
  }

  /** The article's full-fingerprint key, its headline's key and the own keys' scheme (no version mark). */
  private static String ownKeys(Article article) {
    List<String> keys = StoryGrouping.keys(article);
    return "[\"" + keys.get(0) + "\",\"" + keys.get(keys.size() - 1) + "\",\"s:1\"]";
  }

  /**
   * The streaming writer gives byte for byte what serializing the Jackson tree gave (the content hash
   * of every stored article depends on it), and the stored document written in one pass carries the hash of
   * the article's own bytes: every article of a Reuters file and a Wikinews CSV,
   * enriched with all standard facets, plus articles with nulls, control characters and no tags.
   */
  @Test
  void streamedBytesEqualTheTreeBytesForRealAndOddArticles() throws Exception {
    FacetExtractor extractor = FacetExtractor.loadDefault();
    ArticleDocuments all = new ArticleDocuments(Json.mapper(), extractor.facets());
    ObjectWriter treeWriter = Json.mapper().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    List<Article> articles = new ArrayList<>();
    for (String fixture : List.of("fixtures/reut2-000.sgm", "fixtures/wikinews_2019.csv")) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(fixture)) {
        ArticleReaders.forFile(fixture).read(in, fixture, ReadOptions.NONE, RecordSink.skippingRejects(article -> {
          Article withId = ArticleIds.withStableId(article);
          articles.add(withId.withFacets(extractor.extract(withId.title(), withId.body(), withId.source())));
        }));
      }
    }
    articles.add(new Article("odd", null, null, "tab\tbell\u0007 quote\" back\\ \u2028 😀", null, null, null, null, null));
    articles.add(new Article("odd-2", "u", "   ", "", "S", Instant.ofEpochSecond(1, 5), null,
        Map.of("z", List.of(), "a", List.of("x")), Instant.EPOCH));
    articles.add(articles.get(0).withStoryId("story-of-" + articles.get(0).id())); // grouped: story_id written
    // Tagged with a saved topics version: topics_version written (and read back, below).
    articles.add(articles.get(2).withStoryId("story-2").tagged(articles.get(2).facets(), 7));
    Map<Facet, List<String>> german = new java.util.LinkedHashMap<>(articles.get(1).facets().map());
    german.put(Facet.LANGUAGE, List.of("German")); // a language with an analyzer: localized text derived
    articles.add(articles.get(1).withFacets(new FacetValues(german)));
    assertTrue(articles.size() > 1000, "the fixtures hold over a thousand articles, read " + articles.size());
    int withFacetValues = 0;
    Instant ingested = Instant.parse("2024-05-06T07:08:09.123456789Z");
    for (Article article : articles) {
      ArticleDocuments.Encoded encoded = all.encode(article);
      byte[] tree = treeWriter.writeValueAsBytes(all.toJson(article.withIngestedAt(null)));
      assertEquals(ArticleDocuments.utf8(tree), ArticleDocuments.utf8(encoded.json()), article.id());
      byte[] storedTree = Json.mapper().writeValueAsBytes(all.toDocument(article.withIngestedAt(ingested),
          encoded.contentHash()));
      ArticleDocuments.Stored stored = all.stored(article, StoryGrouping.keys(article), ingested);
      assertEquals(ArticleDocuments.utf8(storedTree), ArticleDocuments.utf8(stored.bytes()), article.id());
      assertEquals(encoded.contentHash(), stored.contentHash(), article.id());
      // A changed article is rewritten with its first ingestion time: the same document, that value spliced in.
      Instant first = Instant.parse("2019-01-02T03:04:05Z");
      assertEquals(ArticleDocuments.utf8(all.stored(article, StoryGrouping.keys(article), first).bytes()),
          ArticleDocuments.utf8(stored.ingestedAt(first).bytes()), article.id());
      assertEquals(ArticleDocuments.utf8(stored.bytes()),
          ArticleDocuments.utf8(stored.ingestedAt(first).ingestedAt(ingested).bytes()), article.id());
      assertEquals(article.topicsVersion(),
          all.fromDocument((com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(storedTree))
              .topicsVersion(), "the topics version read back as written (none stays none): " + article.id());
      withFacetValues += article.facets().count() > 0 ? 1 : 0;
    }
    assertTrue(withFacetValues > articles.size() / 2, "most articles have facet values: " + withFacetValues);
  }

  private static FacetValues facets(List<String> countries, List<String> persons, List<String> topics) {
    Map<Facet, List<String>> values = new LinkedHashMap<>();
    values.put(Facet.COUNTRY, countries);
    values.put(Facet.PERSON, persons);
    values.put(Facet.TOPIC, topics);
    return new FacetValues(values);
  }
}

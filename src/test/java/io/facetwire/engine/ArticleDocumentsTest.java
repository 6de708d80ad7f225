package io.facetwire.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.facet.FacetValues;
import java.time.Instant;
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

    JsonNode fromBytes = Json.mapper().readTree(documents.documentBytes(article, encoded, ingested));
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
        // Derived since: the near-duplicate keys (outside the hash, so stored articles stay unchanged).
        + "\"near_dup\":" + nearDupKeys(article) + "}",
        ArticleDocuments.utf8(documents.documentBytes(article, encoded, Instant.parse("2024-05-06T07:08:09.123456Z"))));
  }

  private static String nearDupKeys(Article article) {
    return "[" + String.join(",", io.facetwire.story.StoryGrouping.keys(article).stream().map(k -> "\"" + k + "\"").toList()) + "]";
  }

  private static FacetValues facets(List<String> countries, List<String> persons, List<String> topics) {
    Map<Facet, List<String>> values = new LinkedHashMap<>();
    values.put(Facet.COUNTRY, countries);
    values.put(Facet.PERSON, persons);
    values.put(Facet.TOPIC, topics);
    return new FacetValues(values);
  }
}

package io.facetwire.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.article.Article;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleDocumentsTest {

  private final ArticleDocuments documents = new ArticleDocuments(Json.mapper());

  @Test
  void documentBytesAreTheSameDocumentAsTheTreeAndTheHashIsUnchanged() throws Exception {
    Article article = new Article("a-1", "https://example.org/x", "Talks \"in\" Moscow", "Body with ünïcode\nand lines",
        "Wire", Instant.parse("2020-03-05T00:00:00Z"), List.of("Russia"), List.of("Vladimir Putin"),
        List.of("Diplomacy"), Map.of("topics", List.of("b", "a"), "places", List.of("ussr")), null);
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
}

package io.facetwire.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.Json;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one reader of stored hit fields, without a server: what every list of articles shows. */
class HitReaderTest {

  static final FacetCatalog FACETS = FacetCatalog.standard();

  @Test
  void highlightedHitGivesMarkedSnippetTitleAndEveryFacet() throws Exception {
    ObjectNode source = (ObjectNode) Json.mapper().readTree("""
        {"id": "a1", "title": "Putin meets Merkel", "url": "", "source": "Reuters",
         "published_at": "2017-03-01T10:00:00Z", "ingested_at": "2026-01-02T03:04:05Z",
         "countries": ["Russia", "Germany"], "persons": ["Vladimir Putin"]}""");
    Hit<ObjectNode> hit = Hit.of(h -> h.index("articles").id("a1").source(source).highlight(Map.of(
        "title", List.of("\uE000Putin\uE001 meets Merkel"),
        "body", List.of("first \uE000Putin\uE001", "second"))));

    SearchResult.Hit read = HitReader.read(hit, FACETS);

    assertEquals("a1", read.id());
    assertEquals("Putin meets Merkel", read.title());
    assertEquals("<mark>Putin</mark> meets Merkel", read.titleSnippet().html());
    assertEquals("first Putin … second", read.snippet().text());
    assertNull(read.url(), "an empty url is no link");
    assertEquals(Instant.parse("2017-03-01T10:00:00Z"), read.publishedAt());
    assertEquals(List.of("Russia", "Germany"), read.values(Facet.COUNTRY));
    assertEquals(List.of("Vladimir Putin"), read.values(Facet.PERSON));
    assertEquals(List.of(), read.values(Facet.TOPIC), "a facet the hit lacks has no values");
    assertEquals(List.of("Reuters"), read.values(Facet.SOURCE), "the source facet is the article's own field");
    assertTrue(read.isNewSince(Instant.parse("2026-01-01T00:00:00Z")));
    assertFalse(read.isNewSince(Instant.parse("2026-01-03T00:00:00Z")));
    assertFalse(read.isNewSince(null));
  }

  @Test
  void withoutHighlightTheSnippetIsTheStartOfTheBody() throws Exception {
    String body = "word ".repeat(100) + "\n\nend";
    ObjectNode source = Json.mapper().createObjectNode().put("id", "b2").put("title", "T").put("body", body);
    SearchResult.Hit read = HitReader.read(Hit.of(h -> h.index("articles").id("b2").source(source)), FACETS);
    String snippet = read.snippet().text();
    assertTrue(snippet.endsWith("…"), snippet);
    assertEquals(HitReader.SNIPPET_CHARS + 1, snippet.length());
    assertFalse(snippet.contains("\n"));
    assertNull(read.publishedAt());
    assertEquals("T", read.titleSnippet().text());
  }
}

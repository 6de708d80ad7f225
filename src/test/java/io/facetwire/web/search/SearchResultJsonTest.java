package io.facetwire.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.facet.FacetValues;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState;
import io.facetwire.search.Snippet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code /api/search} body as written without a tree: every field of the API's shape, nulls where
 * a hit lacks a link or a date, the source facet written once (as the article's own field), escaping
 * of quotes, control characters and non-ASCII text, the parser's notes and a partial answer.
 */
class SearchResultJsonTest {

  private final FacetCatalog facets = FacetCatalog.standard();

  @Test
  void writesTheApisShapeWithNullsEscapingAndNotes() throws Exception {
    SearchState state = SearchState.fromQuery(Map.of("q", List.of("\"Putin"), "page", List.of("2"),
        "size", List.of("20"), "nonsense", List.of("x"), "from", List.of("not a date")), facets);
    Map<Facet, List<String>> values = new LinkedHashMap<>();
    values.put(Facet.COUNTRY, List.of("Russia", "Côte d'Ivoire"));
    values.put(Facet.PERSON, List.of());
    values.put(Facet.SOURCE, List.of("Wire \"A\""));
    SearchResult.Hit full = new SearchResult.Hit("a-1", "Talks \"in\" Moscow\n", new Snippet("t"),
        "https://example.org/x", "Wire \"A\"", Instant.parse("2020-03-05T00:00:00Z"),
        new Snippet("before " + Snippet.OPEN + "Putin" + Snippet.CLOSE + " <b>after</b>\u0007"),
        new FacetValues(values), null);
    SearchResult.Hit bare = new SearchResult.Hit("a-2", "No link", new Snippet("t"), "javascript:alert(1)", null,
        null, new Snippet(""), FacetValues.empty(), null);
    Map<Facet, List<SearchResult.FacetValue>> counts = new LinkedHashMap<>();
    counts.put(Facet.COUNTRY, List.of(new SearchResult.FacetValue("Russia", 7, true),
        new SearchResult.FacetValue("Côte d'Ivoire", 2, false)));
    SearchResult result = new SearchResult(state, 1234, false, List.of(full, bare), counts, List.of(), null, 3, true);

    JsonNode body = Json.mapper().readTree(new SearchResultJson(Json.mapper().getFactory()).write(result));

    assertEquals(1234, body.path("total").asLong());
    assertFalse(body.path("total_is_exact").asBoolean(true));
    assertEquals(2, body.path("page").asInt());
    assertEquals(20, body.path("size").asInt());
    assertEquals(result.lastPage(), body.path("last_page").asInt());
    assertTrue(body.path("partial").asBoolean());
    List<String> notes = new java.util.ArrayList<>();
    body.path("notes").forEach(n -> notes.add(n.asText()));
    assertEquals(SearchPageModel.notes(result), notes);
    assertTrue(notes.size() >= 2, "the bad date's note and the partial answer: " + notes);

    JsonNode first = body.path("hits").get(0);
    assertEquals("a-1", first.path("id").asText());
    assertEquals("Talks \"in\" Moscow\n", first.path("title").asText());
    assertEquals("https://example.org/x", first.path("url").asText());
    assertEquals("Wire \"A\"", first.path("source").asText());
    assertEquals("2020-03-05T00:00:00Z", first.path("published_at").asText());
    assertEquals("before Putin <b>after</b>\u0007", first.path("snippet").asText());
    assertEquals("before <mark>Putin</mark> &lt;b&gt;after&lt;/b&gt;\u0007", first.path("snippet_html").asText());
    assertEquals(List.of("Russia", "Côte d'Ivoire"), strings(first.path("countries")));
    assertEquals(List.of(), strings(first.path("persons")));
    assertTrue(first.path("source").isTextual(), "the source facet stays the article's own single field");
    assertEquals(9, first.size(), "seven fields and the two facets it has values for: " + first);

    JsonNode second = body.path("hits").get(1);
    assertTrue(second.path("url").isNull(), "only http(s) links are given out");
    assertTrue(second.path("source").isNull());
    assertTrue(second.path("published_at").isNull());

    JsonNode facetCounts = body.path("facets");
    for (Facet facet : facets.all()) {
      assertTrue(facetCounts.path(facet.param()).isArray(), facet.param());
    }
    assertEquals("Côte d'Ivoire", facetCounts.path("country").get(1).path("value").asText());
    assertEquals(7, facetCounts.path("country").get(0).path("count").asLong());
    assertTrue(facetCounts.path("country").get(0).path("selected").asBoolean());
    assertFalse(facetCounts.path("country").get(1).path("selected").asBoolean());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}

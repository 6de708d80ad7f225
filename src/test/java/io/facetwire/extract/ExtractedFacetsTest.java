package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.Json;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON of {@code extract} (API and CLI), pinned key by key, with no server. */
class ExtractedFacetsTest {

  static FacetValues values() {
    Map<Facet, List<String>> map = new LinkedHashMap<>();
    map.put(Facet.COUNTRY, List.of("Russia", "Côte d'Ivoire"));
    map.put(Facet.PERSON, List.of("Vladimir \"Vova\" Putin"));
    map.put(Facet.ORGANIZATION, List.of());
    map.put(Facet.TOPIC, List.of("sanctions"));
    map.put(Facet.SOURCE, List.of("RT"));
    map.put(Facet.LANGUAGE, List.of("en"));
    return new FacetValues(map);
  }

  @Test
  void facetsFollowTheCatalogUnderTheirFieldNamesWithTitleFirstAndNoteLast() throws Exception {
    String plain = Json.mapper().writeValueAsString(new ExtractedFacets(null, values(), null, null));
    assertEquals("{\"countries\":[\"Russia\",\"Côte d'Ivoire\"],\"persons\":[\"Vladimir \\\"Vova\\\" Putin\"],"
        + "\"organizations\":[],\"topics\":[\"sanctions\"],\"source\":[\"RT\"],\"languages\":[\"en\"]}", plain);
    String full = Json.mapper().writeValueAsString(
        new ExtractedFacets(null, values(), null, null).withTitle("Staff cut").withNote("Cut."));
    assertEquals("{\"title\":\"Staff cut\",\"countries\":[\"Russia\",\"Côte d'Ivoire\"],"
        + "\"persons\":[\"Vladimir \\\"Vova\\\" Putin\"],\"organizations\":[],\"topics\":[\"sanctions\"],"
        + "\"source\":[\"RT\"],\"languages\":[\"en\"],\"note\":\"Cut.\"}", full);
  }

  @Test
  void aFacetAddedToTheCatalogIsAKeyWithNoChangeHere() throws Exception {
    Facet genre = new Facet("genre", "genres", "Genre", "Genres");
    Map<Facet, List<String>> map = new LinkedHashMap<>(values().map());
    map.put(genre, List.of("analysis"));
    String json = Json.mapper().writeValueAsString(new ExtractedFacets(null, new FacetValues(map), null, null));
    assertEquals(List.of("countries", "persons", "organizations", "topics", "source", "languages", "genres"),
        iterable(Json.mapper().readTree(json).fieldNames()));
  }

  @Test
  void theExplanationComesFromTheSameExtractorAsTheValuesAndIsLeftOutUnlessAsked() throws Exception {
    FacetExtractor extractor = FacetExtractor.loadDefault();
    String title = "EU extends sanctions on Syria";
    String body = "The European Union extended its sanctions on Syria for another year on Monday.";
    var asked = Json.mapper().readTree(Json.mapper().writeValueAsString(
        ExtractedFacets.of(extractor, title, body, "Example Wire", true)));
    assertEquals(Json.mapper().valueToTree(extractor.explain(title, body)), asked.path("explanation"));
    assertEquals("[\"Example Wire\"]", asked.path("source").toString());
    assertEquals(Json.mapper().valueToTree(extractor.extract(title, body, "Example Wire").values(Facet.TOPIC)),
        asked.path("topics"));
    var plain = Json.mapper().readTree(Json.mapper().writeValueAsString(
        ExtractedFacets.of(extractor, title, body, null, false)));
    assertEquals(false, plain.has("explanation"));
    assertEquals("[]", plain.path("source").toString());
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}

package io.facetwire.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.extract.ValueExtractor;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import io.facetwire.support.TestServer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Adding a facet is its definition, its mapping field and its extractor: this test adds a "colour"
 * facet in the test only (nothing in src/main names it) and finds it in the search page, the API,
 * CSV, Atom, entity pages, the facet type-ahead and autocomplete, with filters and exclusions working.
 */
class FacetExtensionTest {

  static final Facet COLOUR = new Facet("colour", "colours", "Colour", "Colours");

  /** The extractor: colour words of the body, capitalised, sorted, once each. */
  static final ValueExtractor COLOURS = text -> {
    TreeSet<String> found = new TreeSet<>();
    for (String word : text.body().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (List.of("red", "green", "blue").contains(word)) {
        found.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
      }
    }
    return new ArrayList<>(found);
  };

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard()
      .extractor(() -> TestServer.extractor().with(COLOUR, COLOURS));
  static final Http http = server.http();

  @BeforeAll
  static void start() throws Exception {
    // The mapping field: a keyword with the lowercase twin every facet filters on.
    server.facetwire().engine().client().indices().putMapping(m -> m.index(server.facetwire().names().articles())
        .properties(COLOUR.field(), p -> p.keyword(k -> k.fields("lower", f -> f.keyword(l -> l.normalizer("lowercase"))))));
    Http.Response r = server.api().post("/api/articles", "application/x-ndjson", """
        {"id": "c1", "title": "Red and blue in Paris", "body": "The red flag and the blue sky: the President of France spoke in Paris.", "published_at": "2020-03-01"}
        {"id": "c2", "title": "A red car", "body": "A red car drove through Germany on Monday.", "published_at": "2020-03-02"}
        {"id": "c3", "title": "Green fields", "body": "Green fields in Italy, the government of Italy said, no other colour.", "published_at": "2020-03-03"}
        """);
    assertEquals(200, r.status(), r.body());
  }

  @Test
  void theCatalogIsTheExtractorsFacetsWithTheNewOneLast() {
    assertEquals(List.of(Facet.COUNTRY, Facet.PERSON, Facet.ORGANIZATION, Facet.TOPIC, Facet.SOURCE, Facet.LANGUAGE, COLOUR), server.facetwire().facets().all());
  }

  @Test
  void theStoredArticleAndTheArticleApiCarryTheNewFacet() {
    JsonNode article = http.get("/api/articles/c1").json();
    assertEquals(List.of("Blue", "Red"), strings(article.path("colours")));
    assertEquals(List.of("France"), strings(article.path("countries")));
  }

  @Test
  void theSearchPageShowsItInTheSidebarOnHitsAndAsAChip() {
    Document page = http.get("/search").html();
    Element facet = page.getElementById("facet-colour");
    assertNotNull(facet, "sidebar fieldset for the new facet");
    assertTrue(facet.text().contains("Colours"), facet.text());
    assertEquals(2, countShown(facet, "Red"));
    assertEquals(1, countShown(facet, "Green"));
    assertFalse(page.select("a.tag.colour").isEmpty(), "hit lines tag their colours");

    Document filtered = http.get("/search?colour=Red").html();
    assertTrue(filtered.text().contains("2 articles"), filtered.text());
    assertTrue(filtered.select(".chips .chip").text().contains("Colour: Red"),
        filtered.select(".chips").text());
  }

  @Test
  void theApiFiltersExcludesAndCountsIt() {
    JsonNode red = http.get("/api/search?colour=Red").json();
    assertEquals(2, red.path("total").asInt());
    for (JsonNode hit : red.path("hits")) {
      assertTrue(strings(hit.path("colours")).contains("Red"), hit.toString());
    }
    JsonNode redValue = value(red.path("facets").path("colour"), "Red");
    assertEquals(2, redValue.path("count").asInt());
    assertTrue(redValue.path("selected").asBoolean());
    // The other facets are still there, under their old keys.
    assertTrue(red.path("facets").path("country").isArray());

    assertEquals(1, http.get("/api/search?not_colour=Red").json().path("total").asInt());
    assertEquals(1, http.get("/search.json?q=" + Http.enc("colour:blue")).json().path("total").asInt());
    assertEquals(List.of("c3"), ids(http.get("/api/search?q=" + Http.enc("-colour:red")).json()));
  }

  @Test
  void csvHasAColumnForIt() throws Exception {
    Http.Response csv = http.get("/search.csv?sort=oldest");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.body())).getRecords();
    assertEquals(List.of("id", "published_at", "source", "title", "url", "countries", "persons", "organizations", "topics",
        "languages", "colours", "story_id", "snippet"), rows.get(0).getParser().getHeaderNames());
    assertEquals(3, rows.size());
    CSVRecord c1 = rows.stream().filter(r -> r.get("id").equals("c1")).findFirst().orElseThrow();
    assertEquals("Blue; Red", c1.get("colours"));
    assertEquals("France", c1.get("countries"));
  }

  @Test
  void atomEntriesCarryItsValuesAsCategoriesOfItsScheme() {
    Document feed = Jsoup.parse(http.get("/search.atom?colour=Green").body(), "", Parser.xmlParser());
    assertEquals(1, feed.select("entry").size());
    List<String> colours = feed.select("entry category[scheme=urn:facetwire:facet:colour]").eachAttr("term");
    assertEquals(List.of("Green"), colours);
    assertEquals(List.of("Italy"), feed.select("entry category[scheme=urn:facetwire:facet:country]").eachAttr("term"));
  }

  @Test
  void itHasEntityPagesTypeAheadAndSuggestions() {
    Http.Response entity = http.get("/colour/Red");
    assertEquals(200, entity.status());
    assertTrue(entity.html().select("h1").text().contains("Red"), entity.body());
    assertEquals(404, http.get("/colour/Purple").status());

    JsonNode values = http.get("/api/facets/colour?prefix=gr").json();
    assertTrue(values.toString().contains("Green"), values.toString());

    JsonNode suggestions = http.get("/api/suggest?q=blu").json();
    JsonNode blue = null;
    for (JsonNode s : suggestions) {
      if (s.path("kind").asText().equals("colour")) {
        blue = s;
      }
    }
    assertNotNull(blue, suggestions.toString());
    assertEquals("Blue", blue.path("text").asText());
    assertEquals("Colour", blue.path("label").asText());
    assertEquals("/search?colour=Blue", blue.path("url").asText());
  }

  private static int countShown(Element facet, String value) {
    for (Element li : facet.select("li")) {
      if (li.select("span.value").text().equals(value)) {
        return Integer.parseInt(li.select("span.count").text());
      }
    }
    throw new AssertionError("No " + value + " in " + facet.text());
  }

  private static JsonNode value(JsonNode values, String value) {
    for (JsonNode v : values) {
      if (v.path("value").asText().equals(value)) {
        return v;
      }
    }
    throw new AssertionError("No " + value + " in " + values);
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}

package io.facetwire.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The language facet on the real server and node: detected at import, counted, filtered, shown; and
 * articles in other languages found by their own language's word forms (the {@code localized.*} fields).
 */
class LanguageFacetTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();
  static final Http http = server.http();

  @BeforeAll
  static void start() throws Exception {
    String articles;
    try (InputStream in = LanguageFacetTest.class.getResourceAsStream("/languages/articles.jsonl")) {
      articles = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Http.Response r = server.api().post("/api/articles", "application/x-ndjson", articles);
    assertEquals(200, r.status(), r.body());
  }

  @Test
  void theStoredArticleCarriesItsLanguageAndOnlyEnglishGetsEnglishEntities() {
    JsonNode german = http.get("/api/articles/lang-de").json();
    assertEquals(List.of("German"), strings(german.path("languages")));
    assertEquals(List.of(), strings(german.path("persons")));
    JsonNode english = http.get("/api/articles/lang-en").json();
    assertEquals(List.of("English"), strings(english.path("languages")));
    assertEquals(List.of("Angela Merkel"), strings(english.path("persons")));
  }

  @Test
  void theApiCountsAndFiltersLanguages() {
    JsonNode facet = http.get("/api/search").json().path("facets").path("language");
    for (String language : List.of("German", "French", "Spanish", "Russian", "English")) {
      assertEquals(1, count(facet, language), language + " in " + facet);
    }
    JsonNode russian = http.get("/api/search?language=Russian").json();
    assertEquals(1, russian.path("total").asInt());
    assertEquals("lang-ru", russian.path("hits").get(0).path("id").asText());
    assertEquals(4, http.get("/api/search?not_language=English").json().path("total").asInt());
  }

  @Test
  void theSearchPageHasALanguageFacet() {
    Document page = http.get("/search").html();
    Element facet = page.getElementById("facet-language");
    assertNotNull(facet, "sidebar fieldset for languages");
    assertTrue(facet.text().contains("Languages"), facet.text());
    assertTrue(facet.text().contains("Spanish"), facet.text());
  }

  @Test
  void otherLanguagesAreFoundByTheirOwnWordForms() {
    // "Wahl" is in no text; the German article says "Wahlen". Only German stemming makes them one word.
    assertEquals(List.of("lang-de"), ids(http.get("/api/search?q=" + Http.enc("Wahl")).json()));
    // "выборы" (nominative) against "выборов" (genitive) in the Russian article: Russian stemming.
    assertEquals(List.of("lang-ru"), ids(http.get("/api/search?q=" + Http.enc("выборы")).json()));
    // Exact words of any language are found as before.
    assertEquals(List.of("lang-es"), ids(http.get("/api/search?q=" + Http.enc("sequía")).json()));
  }

  private static int count(JsonNode values, String value) {
    for (JsonNode v : values) {
      if (v.path("value").asText().equals(value)) {
        return v.path("count").asInt();
      }
    }
    return 0;
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

package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 15: session 14's 62 KB search URL (4,800 values over the include and exclude parameters of the six
 * facets) applied 20 values per parameter, 160 in all, and every chip, facet link and tag of the page repeated
 * them: a 757 KB page. One search now takes at most 30 filter values of 500 characters together; the rest are
 * dropped with a note on the page and in the API, and the page stays small.
 */
class FilterBudgetTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().fixtures("fixtures/wikinews_2019.csv");

  private static String attackQuery() {
    StringBuilder q = new StringBuilder("q=election");
    for (String param : List.of("country", "person", "organization", "topic", "not_country", "not_person",
        "not_topic", "not_source")) {
      for (int i = 0; i < 500; i++) {
        q.append('&').append(param).append("=v").append(param.startsWith("not_") ? "x" : "").append(i);
      }
    }
    return q.toString();
  }

  @Test
  void aUrlOfThousandsOfFilterValuesAppliesThirtyAndSaysSo() {
    String query = attackQuery();
    assertTrue(query.length() > 40_000 && query.length() < 63_000, "the attack's size: " + query.length());
    Http.Response page = server.http().get("/search?" + query);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Only 30 of the 160 filter values were applied"), "no note on the page: "
        + org.jsoup.Jsoup.parse(page.body()).select("p.note").eachText());
    // 757 KB before; linear in the applied search now, which is bounded.
    assertTrue(page.body().length() < 250_000, "the page is " + page.body().length() + " characters");
    JsonNode api = server.http().get("/api/search?" + query).json();
    assertTrue(api.path("notes").toString().contains("Only 30 of the 160 filter values were applied"), api.toString());
  }

  @Test
  void longValuesCountAgainstTheCharactersOfTheBudget() {
    String longValue = "x".repeat(200);
    JsonNode api = server.http().get("/api/search?q=election&country=" + longValue + "&person=" + longValue
        + "&topic=" + longValue).json();
    assertTrue(api.path("notes").toString().contains("Only 2 of the 3 filter values were applied"), api.toString());
  }

  @Test
  void anOrdinarySearchWithSeveralFiltersHasNoNote() {
    JsonNode api = server.http().get("/api/search?q=election&country=Russia&country=France&person=Boris%20Johnson"
        + "&not_topic=sport").json();
    assertEquals(0, api.path("notes").size(), api.path("notes").toString());
  }
}

package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One organisation named with and without its legal form in different articles is one value of the
 * organization facet, on the real server and node; its other written forms lead to that value's page.
 */
class OrganisationIdentityFacetTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().articles("""
        {"id": "b1", "title": "Brightwater profit up", "body": "Brightwater Instruments Inc said on Monday its profit rose 12 pct.", "source": "Example Wire", "published_at": "2020-03-01"}
        {"id": "b2", "title": "Brightwater to buy plant", "body": "Brightwater Instruments Corp. said it agreed to buy a plant in Ohio.", "source": "Example Wire", "published_at": "2020-03-02"}
        {"id": "b3", "title": "Brightwater shares", "body": "Shares of Brightwater Instruments rose after Brightwater Instruments Co said it won a contract.", "source": "Example Wire", "published_at": "2020-03-03"}
        """);
  static final Http http = server.http();

  @Test
  void threeFormsInThreeArticlesAreOneFacetValue() {
    JsonNode facet = http.get("/api/search").json().path("facets").path("organization");
    List<String> values = new ArrayList<>();
    facet.forEach(v -> values.add(v.path("value").asText() + " " + v.path("count").asInt()));
    assertEquals(List.of("Brightwater Instruments 3"), values);
    assertEquals(3, http.get("/api/search?organization=Brightwater%20Instruments").json().path("total").asInt());
    assertEquals(List.of("Brightwater Instruments"),
        List.of(http.get("/api/articles/b3").json().path("organizations").get(0).asText()));
  }

  @Test
  void aWrittenFormWithItsLegalFormLeadsToTheOnePage() {
    Http.Response r = http.get("/organization/Brightwater%20Instruments%20Corp");
    assertEquals(301, r.status());
    assertEquals("/organization/Brightwater%20Instruments", r.header("Location"));
    assertEquals(200, http.get("/organization/Brightwater%20Instruments").status());
  }
}

package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The source and organization facets in the page, API, CSV, Atom, entity pages and type-ahead; entity
 * names as identities: other cases, accents and aliases redirect (301) to the canonical entity page, and
 * the type-ahead folds accents.
 */
class EntityNamesAndNewFacetsTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().articles("""
        {"id": "o1", "title": "IMF warns Ivory Coast", "body": "The International Monetary Fund (IMF) said on Monday that Côte d'Ivoire must cut spending. The IMF also met the Bundesbank.", "source": "Example Wire", "published_at": "2020-03-01"}
        {"id": "o2", "title": "Putin meets Aznar", "body": "Russian President Vladimir Putin met former Spanish prime minister José María Aznar in Moscow. Thomas Müller watched.", "source": "Daily Planet", "published_at": "2020-03-02"}
        {"id": "o3", "title": "Aznar speaks", "body": "Former prime minister Jose Maria Aznar of Spain spoke to Volkswagen AG workers about Burma.", "source": "Example Wire", "published_at": "2020-03-03"}
        """);
  static final Http http = server.http();

  @Test
  void organizationsAndSourcesAreExtractedStoredAndCounted() {
    JsonNode article = http.get("/api/articles/o1").json();
    assertEquals(List.of("Bundesbank", "International Monetary Fund"), strings(article.path("organizations")));
    assertEquals("Example Wire", article.path("source").asText(), "the source stays a single value");
    JsonNode api = http.get("/api/search?organization=International%20Monetary%20Fund").json();
    assertEquals(1, api.path("total").asInt());
    JsonNode sources = http.get("/api/search").json().path("facets").path("source");
    assertEquals("Example Wire", sources.get(0).path("value").asText());
    assertEquals(2, sources.get(0).path("count").asInt());
    assertEquals(2, http.get("/api/search?source=Example%20Wire").json().path("total").asInt());
    assertEquals(1, http.get("/api/search?not_source=Example%20Wire").json().path("total").asInt());
  }

  @Test
  void theSearchPageShowsBothFacets() {
    Document page = http.get("/search").html();
    assertTrue(page.text().contains("Organizations"), page.text());
    assertTrue(page.text().contains("Sources"), page.text());
    assertTrue(page.text().contains("Volkswagen"), page.text());
    assertTrue(page.text().contains("Daily Planet"), page.text());
  }

  @Test
  void csvAndAtomCarryBothFacets() throws Exception {
    Http.Response csv = http.get("/search.csv?sort=oldest");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.body())).getRecords();
    List<String> header = rows.get(0).getParser().getHeaderNames();
    assertEquals(1, header.stream().filter("source"::equals).count(), header.toString());
    assertTrue(header.contains("organizations"), header.toString());
    CSVRecord o1 = rows.stream().filter(r -> r.get("id").equals("o1")).findFirst().orElseThrow();
    assertEquals("Bundesbank; International Monetary Fund", o1.get("organizations"));
    assertEquals("Example Wire", o1.get("source"));
    Document feed = Jsoup.parse(http.get("/search.atom?source=Daily%20Planet").body(), "", Parser.xmlParser());
    assertEquals(1, feed.select("entry").size());
    assertEquals(List.of("Daily Planet"),
        feed.select("entry category[scheme=urn:facetwire:facet:source]").eachAttr("term"));
    Document all = Jsoup.parse(http.get("/search.atom").body(), "", Parser.xmlParser());
    assertTrue(all.select("entry category[scheme=urn:facetwire:facet:organization]").eachAttr("term")
        .contains("Volkswagen"), all.toString());
  }

  @Test
  void entityPagesAndTypeAheadForTheNewFacets() {
    Http.Response org = http.get("/organization/International%20Monetary%20Fund");
    assertEquals(200, org.status(), org.body());
    assertTrue(org.html().select("h1").text().contains("International Monetary Fund"));
    Http.Response source = http.get("/source/Example%20Wire");
    assertEquals(200, source.status());
    assertTrue(source.html().text().contains("2 articles") || source.html().text().contains("2"), source.body());
    assertTrue(http.get("/api/facets/organization?prefix=bund").json().toString().contains("Bundesbank"));
    assertTrue(http.get("/api/facets/source?prefix=dai").json().toString().contains("Daily Planet"));
    assertEquals(404, http.get("/organization/Nobody%20Corp").status());
  }

  @Test
  void otherCasesAccentsAndAliasesRedirectToTheCanonicalPage() {
    assertRedirect("/person/vladimir%20putin", "/person/Vladimir%20Putin");
    assertRedirect("/person/Jose%20Maria%20Aznar", "/person/Jos%C3%A9%20Mar%C3%ADa%20Aznar");
    assertRedirect("/person/President%20Putin", "/person/Vladimir%20Putin");
    assertRedirect("/country/C%C3%B4te%20d'Ivoire", "/country/Ivory%20Coast");
    assertRedirect("/country/ivory%20coast", "/country/Ivory%20Coast");
    assertRedirect("/country/Burma", "/country/Myanmar");
    assertRedirect("/organization/IMF", "/organization/International%20Monetary%20Fund");
    assertEquals(200, http.get("/person/Vladimir%20Putin").status());
    assertEquals(200, http.get("/country/Myanmar").status());
    assertEquals(404, http.get("/person/Nobody%20Atall").status());
  }

  /** Session 17's attack: a name in decomposed form (a letter and a combining accent) was a 404, not the value. */
  @Test
  void aNameInDecomposedFormRedirectsToTheComposedPage() {
    assertRedirect("/person/Jose%CC%81%20Mari%CC%81a%20Aznar", "/person/Jos%C3%A9%20Mar%C3%ADa%20Aznar");
    assertRedirect("/person/Thomas%20Mu%CC%88ller", "/person/Thomas%20M%C3%BCller");
    assertRedirect("/country/Co%CC%82te%20d'Ivoire", "/country/Ivory%20Coast");
    assertEquals(200, http.get("/person/Thomas%20M%C3%BCller").status());
  }

  @Test
  void onePersonUnderTwoSpellingsIsOneValue() {
    assertEquals(List.of("José María Aznar"), strings(http.get("/api/articles/o3").json().path("persons")));
    JsonNode persons = http.get("/api/search").json().path("facets").path("person");
    JsonNode aznar = null;
    for (JsonNode v : persons) {
      if (v.path("value").asText().contains("Aznar")) {
        assertEquals(null, aznar, "one Aznar value: " + persons);
        aznar = v;
      }
    }
    assertEquals(2, aznar.path("count").asInt(), persons.toString());
  }

  @Test
  void theTypeAheadFoldsAccents() {
    assertTrue(http.get("/api/facets/person?prefix=muller").json().toString().contains("Thomas Müller"));
    assertTrue(http.get("/api/facets/person?prefix=M%C3%BCLLER").json().toString().contains("Thomas Müller"));
    assertTrue(http.get("/api/facets/person?prefix=jose").json().toString().contains("José María Aznar"));
    assertTrue(!http.get("/api/facets/person?prefix=mullet").json().toString().contains("Müller"));
  }

  private static void assertRedirect(String from, String to) {
    Http.Response r = http.get(from);
    assertEquals(301, r.status(), from + ": " + r.body());
    assertEquals(to, r.header("Location"), from);
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }
}

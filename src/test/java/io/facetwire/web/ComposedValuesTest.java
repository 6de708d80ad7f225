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
 * Text written with combining accents is stored composed (session 17's review): before, "Agne" + U+0300 + "s
 * Callamard" in an article's text was stored and faceted decomposed, a value that the search's filters and the entity
 * page (both read NFC) could not reach — its own link answered 301 to the composed name, then 404.
 */
class ComposedValuesTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard().articles("""
        {"id": "d1", "title": "Agne\\u0300s Callamard visits Re\\u0301union", "body": "Amnesty International's secretary general Agne\\u0300s Callamard said on Monday that the inquiry must go on. Agne\\u0300s Callamard met officials.", "source": "Re\\u0301union Wire", "published_at": "2021-03-01"}
        """);
  static final Http http = server.http();

  @Test
  void decomposedTextIsStoredComposedAndItsValuesAreReachable() {
    JsonNode article = http.get("/api/articles/d1").json();
    assertEquals("Agn\u00e8s Callamard visits R\u00e9union", article.path("title").asText());
    assertEquals("R\u00e9union Wire", article.path("source").asText());
    List<String> persons = new ArrayList<>();
    article.path("persons").forEach(p -> persons.add(p.asText()));
    assertEquals(List.of("Agn\u00e8s Callamard"), persons);
    assertEquals(1, http.get("/api/search?person=Agn%C3%A8s%20Callamard").json().path("total").asInt());
    assertEquals(1, http.get("/api/search?person=Agne%CC%80s%20Callamard").json().path("total").asInt());
    assertEquals(200, http.get("/person/Agn%C3%A8s%20Callamard").status());
    Http.Response decomposed = http.get("/person/Agne%CC%80s%20Callamard");
    assertEquals(301, decomposed.status());
    assertEquals("/person/Agn%C3%A8s%20Callamard", decomposed.header("Location"));
    assertEquals(1, http.get("/api/search?source=R%C3%A9union%20Wire").json().path("total").asInt());
  }
}

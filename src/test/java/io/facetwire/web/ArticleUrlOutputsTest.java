package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.support.Http;
import io.facetwire.support.ServerExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An article's stored URL reaches no output unless it is http(s): the pages always dropped a
 * {@code javascript:} URL, the JSON API, the article API, CSV and Atom gave it out as it was. And one whose
 * path or query holds characters a URL cannot hold reaches every output percent-encoded (session 13: the
 * Nu Html Checker refused its href, and an Atom link must be an IRI).
 */
class ArticleUrlOutputsTest {

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();
  static final Http http = server.http();

  static final String ODD = "https://example.org/wombat news?c=<2>&d=\"q\"|{x}#one#two";
  static final String ODD_ENCODED = "https://example.org/wombat%20news?c=%3C2%3E&d=%22q%22%7C%7Bx%7D#one%23two";

  /** Session 16: bidirectional controls in an address (RFC 3987 forbids them in an IRI; a reader sees it reordered). */
  static final String BIDI = "https://example.org/report\u202Efdp.exe?x=\u2067y\u200F";
  static final String BIDI_ENCODED = "https://example.org/report%E2%80%AEfdp.exe?x=%E2%81%A7y%E2%80%8F";

  static final List<String> BAD = List.of("javascript:alert(document.cookie)", " JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd", "https://",
      "https://exa\u0000mple.org/");

  @BeforeAll
  static void start() {
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < BAD.size(); i++) {
      ndjson.append(io.facetwire.Json.mapper().createObjectNode().put("id", "bad-url-" + i)
          .put("url", BAD.get(i)).put("title", "Quokka report " + i).put("body", "The quokka smiles.")).append('\n');
    }
    ndjson.append("{\"id\": \"good-url\", \"url\": \"https://example.org/quokka\", \"title\": \"Quokka report good\","
        + " \"body\": \"The quokka smiles.\"}\n");
    ndjson.append(io.facetwire.Json.mapper().createObjectNode().put("id", "odd-url").put("url", ODD)
        .put("title", "Wombat report").put("body", "The wombat digs.")).append('\n');
    ndjson.append(io.facetwire.Json.mapper().createObjectNode().put("id", "bidi-url").put("url", BIDI)
        .put("title", "Numbat report").put("body", "The numbat eats termites.")).append('\n');
    Http.Response r = server.api().post("/api/articles", "application/x-ndjson", ndjson.toString());
    assertEquals(200, r.status(), r.body());
  }

  @Test
  void theSearchApiGivesOutHttpUrlsOnly() {
    JsonNode hits = http.get("/api/search?q=quokka&size=50").json().path("hits");
    assertEquals(BAD.size() + 1, hits.size());
    for (JsonNode hit : hits) {
      if (hit.path("id").asText().equals("good-url")) {
        assertEquals("https://example.org/quokka", hit.path("url").asText());
      } else {
        assertTrue(hit.path("url").isNull(), hit.toString());
      }
    }
  }

  @Test
  void theArticleApiGivesOutHttpUrlsOnly() {
    for (int i = 0; i < BAD.size(); i++) {
      JsonNode article = http.get("/api/articles/bad-url-" + i).json();
      assertEquals("Quokka report " + i, article.path("title").asText());
      assertTrue(article.path("url").isNull(), article.toString());
    }
    assertEquals("https://example.org/quokka", http.get("/api/articles/good-url").json().path("url").asText());
  }

  @Test
  void csvAtomAndPagesGiveOutHttpUrlsOnly() {
    for (String path : List.of("/search.csv?q=quokka", "/search.atom?q=quokka", "/search?q=quokka",
        "/articles/bad-url-0", "/articles/bad-url-2")) {
      String body = http.get(path).body().toLowerCase();
      assertFalse(body.contains("javascript:") || body.contains("data:text") || body.contains("vbscript:")
          || body.contains("file:///"), path + ": " + body);
    }
    assertTrue(http.get("/search.csv?q=quokka").body().contains("https://example.org/quokka"));
  }

  @Test
  void aSavedSearchFeedGivesOutHttpUrlsOnly() {
    io.facetwire.support.BrowserSession browser = server.browser();
    browser.signUp("quokka@example.org", "quokka password");
    String page = browser.save("/search?q=quokka", "Quokkas");
    String feedUrl = browser.get(page).html().selectFirst("input[aria-label=Feed URL]").val();
    String feed = http.get(feedUrl.substring(feedUrl.indexOf("/feeds/"))).body();
    assertTrue(feed.contains("https://example.org/quokka"), feed);
    assertFalse(feed.toLowerCase().contains("javascript:") || feed.contains("data:text"), feed);
  }

  @Test
  void aUrlWithCharactersAUrlCannotHoldIsGivenOutEncodedEverywhere() {
    assertEquals(ODD_ENCODED, http.get("/api/search?q=wombat").json().path("hits").get(0).path("url").asText());
    assertEquals(ODD_ENCODED, http.get("/api/articles/odd-url").json().path("url").asText());
    assertTrue(http.get("/search.csv?q=wombat").body().contains("," + ODD_ENCODED + ","));
    String feed = http.get("/search.atom?q=wombat").body();
    assertTrue(feed.contains("href=\"" + ODD_ENCODED.replace("&", "&amp;") + "\""), feed);
    org.jsoup.nodes.Element original = http.get("/articles/odd-url").html().selectFirst("a:contains(Original article)");
    assertEquals(ODD_ENCODED, original.attr("href"));
  }

  @Test
  void aUrlHoldingBidirectionalControlsIsGivenOutEncodedEverywhere() {
    assertEquals(BIDI_ENCODED, http.get("/api/search?q=numbat").json().path("hits").get(0).path("url").asText());
    assertEquals(BIDI_ENCODED, http.get("/api/articles/bidi-url").json().path("url").asText());
    // Before, the CSV cell was the address with U+202C added (balanced as text), an address it never had.
    assertTrue(http.get("/search.csv?q=numbat").body().contains("," + BIDI_ENCODED + ","),
        http.get("/search.csv?q=numbat").body());
    String feed = http.get("/search.atom?q=numbat").body();
    assertTrue(feed.contains("href=\"" + BIDI_ENCODED + "\""), feed);
    org.jsoup.nodes.Element original = http.get("/articles/bidi-url").html().selectFirst("a:contains(Original article)");
    assertEquals(BIDI_ENCODED, original.attr("href"));
  }
}

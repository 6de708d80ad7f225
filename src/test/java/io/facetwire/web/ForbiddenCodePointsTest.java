package io.facetwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.Http;
import io.facetwire.support.HtmlChecker;
import io.facetwire.support.ServerExtension;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An article whose title and text hold control characters and noncharacters (as files and feeds on the web do),
 * and a query that holds them: every page stays valid HTML (Nu Html Checker), the feed stays XML, and the
 * punctuation Windows-1252 meant by a C1 control is kept as that punctuation.
 */
class ForbiddenCodePointsTest {

  private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]");

  @RegisterExtension
  static final ServerExtension server = ServerExtension.standard();
  static String id;

  @BeforeAll
  static void start() {
    String article = "{\"title\":\"Zebraquagga \\u0001sanctions\\u000b on Russia\\ufffe\",\"text\":\"The zebraquagga"
        + " report\\u0007 said it\\u0092s \\u0093time\\u0094 for sanctions on Russia\\u0000 over Crimea, and\\u0001 Moscow"
        + " answered. \\ufdd0More text about the sanctions follows here.\",\"url\":\"https://example.org/zq\\u0001\","
        + "\"source\":\"Probe\\u0002\",\"published_at\":\"2026-11-30T10:00:00Z\"}";
    Http.Response r = server.api().post("/api/articles", "application/json", article);
    assertEquals(200, r.status(), r.body());
    id = server.http().get("/api/search?q=zebraquagga").json().path("hits").get(0).path("id").asText();
  }

  @Test
  void theStoredArticleHoldsNoForbiddenCodePointAndKeepsTheMeantPunctuation() {
    var stored = server.http().get("/api/articles/" + id).json();
    String all = stored.path("title").asText() + stored.path("body").asText() + stored.path("source").asText();
    assertTrue(!FORBIDDEN.matcher(all).find(), all);
    assertEquals("Zebraquagga sanctions on Russia", stored.path("title").asText());
    assertEquals("Probe", stored.path("source").asText());
    assertTrue(all.contains("it\u2019s \u201Ctime\u201D"), all);
  }

  @Test
  void pagesShowingItOrAQueryWithThemAreValidHtml() {
    for (String path : List.of("/search?q=zebraquagga", "/articles/" + Http.enc(id).replace("+", "%20"),
        "/search?q=zebra%01quagga%EF%BF%BE", "/search?q=zebraquagga&country=Rus%07sia", "/facets/person?prefix=a%01b",
        "/source/Probe")) {
      Http.Response page = server.http().get(path);
      assertTrue(!FORBIDDEN.matcher(page.body()).find(), path + " holds a forbidden code point");
      List<String> errors = HtmlChecker.errors(page.body());
      assertTrue(errors.isEmpty(), path + " (" + page.status() + "): " + String.join("\n", errors));
    }
  }

  @Test
  void theFeedIsWellFormedXml() throws Exception {
    Http.Response feed = server.http().get("/search.atom?q=zebraquagga%01");
    assertEquals(200, feed.status());
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
    assertTrue(doc.getDocumentElement().getTextContent().contains("Zebraquagga sanctions on Russia"));
  }
}

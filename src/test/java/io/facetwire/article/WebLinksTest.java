package io.facetwire.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.HtmlChecker;
import io.facetwire.web.view.ThymeleafEscape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article's own URL as every output gives it out: http(s) only, and a URL the web's checkers accept. */
class WebLinksTest {

  @Test
  void aGoodUrlIsGivenOutAsItIs() {
    String url = "https://example.org/news/2020/a-story?id=5&x=%C3%A9#part";
    assertSame(url, WebLinks.httpOrNull(url));
    assertEquals("http://example.org/ö/è", WebLinks.httpOrNull("  http://example.org/ö/è "), "IRIs may hold letters");
  }

  @Test
  void onlyHttpAndHttpsAreGivenOut() {
    for (String url : List.of("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "example.org/a",
        "https://", "http://exa\u0001mple.org/", "https://example.org/a\u0000b")) {
      assertNull(WebLinks.httpOrNull(url), url);
    }
  }

  @Test
  void charactersAUrlCannotHoldAfterItsHostArePercentEncoded() {
    assertEquals("https://example.org/a?b=1&c=%3C2%3E", WebLinks.httpOrNull("https://example.org/a?b=1&c=<2>"));
    assertEquals("https://example.org/two%20words%22q%22%7Bx%7D%7C%5E%60%5C%5B1%5D",
        WebLinks.httpOrNull("https://example.org/two words\"q\"{x}|^`\\[1]"));
    assertEquals("https://example.org/100%25-sure/%41", WebLinks.httpOrNull("https://example.org/100%-sure/%41"));
    assertEquals("https://example.org/p#top%23more", WebLinks.httpOrNull("https://example.org/p#top#more"));
    assertEquals("https://example.org/nel%C2%85x", WebLinks.httpOrNull("https://example.org/nel\u0085x"));
    assertEquals("https://example.org/a%E2%80%AEb%E2%80%ACc%E2%81%A8d%E2%81%A9%E2%80%8E%D8%9C",
        WebLinks.httpOrNull("https://example.org/a\u202Eb\u202Cc\u2068d\u2069\u200E\u061C"),
        "bidi controls and marks (RFC 3987 4.1: not in an IRI)");
    assertEquals("https://example.org/\u05E9\u05DC\u05D5\u05DD", WebLinks.httpOrNull("https://example.org/\u05E9\u05DC\u05D5\u05DD"),
        "right-to-left letters are letters");
    assertEquals("http://[::1]:8080/x", WebLinks.httpOrNull("http://[::1]:8080/x"), "an IPv6 host keeps its brackets");
  }

  @Test
  void aHostThatCannotBeAHostIsNoLink() {
    assertNull(WebLinks.httpOrNull("https://exa mple.org/"));
    assertNull(WebLinks.httpOrNull("https://<script>/x"));
    assertNull(WebLinks.httpOrNull("https://exa\u202Eelpm.org/"), "a bidi control in the host");
  }

  @Test
  void everyUrlGivenOutIsAnHrefTheNuHtmlCheckerAccepts() {
    for (String url : List.of("https://example.org/a?b=1&c=<2>", "https://example.org/two words\"q\"{x}|^`\\[1]",
        "https://example.org/100%-sure", "https://example.org/p#a#b", "https://example.org/nel\u0085x",
        "https://example.org/%zz%4")) {
      String href = WebLinks.httpOrNull(url);
      String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body>"
          + "<a href=\"" + ThymeleafEscape.text(href) + "\">x</a></body></html>";
      List<String> errors = HtmlChecker.errors(page);
      assertTrue(errors.isEmpty(), url + " → " + href + ": " + errors);
    }
  }
}

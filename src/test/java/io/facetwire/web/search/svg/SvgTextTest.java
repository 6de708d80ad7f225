package io.facetwire.web.search.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SvgTextTest {

  @Test
  void escapesMarkupSoItStaysTextInContentAndAttributes() {
    String hostile = "\"><script>alert('x')</script>&amp;";
    String escaped = SvgText.escape(hostile);
    assertEquals("&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;", escaped);

    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text class=\"" + escaped + "\">" + escaped
        + "</text></svg>";
    Element root = SvgDom.parse(svg);
    assertTrue(root.select("script").isEmpty());
    assertEquals(hostile, root.selectFirst("text").text());
    assertEquals(hostile, root.selectFirst("text").attr("class"));
  }

  @Test
  void dropsCharactersXmlForbidsButKeepsOtherUnicode() {
    String text = "a\u0000b\u0008c\u001Fd\uFFFEe\uD800f \u00E9\u4E2D\uD83C\uDF0D\tg";
    String escaped = SvgText.escape(text);
    assertEquals("abcdef \u00E9\u4E2D\uD83C\uDF0D\tg", escaped);
    SvgDom.parse("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>" + escaped + "</title></svg>");
  }

  @Test
  void followsTheOneRuleForForbiddenCodePoints() {
    // TextChars is the rule: C1 controls are the Windows-1252 punctuation they nearly always are, and
    // noncharacters beyond the first plane go too, as on every page and feed.
    assertEquals("\u201Cquoted\u201D \u2013 x", SvgText.escape("\u0093quoted\u0094 \u0096 x\uD83F\uDFFE\u0081"));
  }

  @Test
  void nullEscapesToNothing() {
    assertEquals("", SvgText.escape(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "javascript:alert(1)", "JavaScript:alert(1)", "  javascript:alert(1)", "\u0001javascript:alert(1)",
      "java\tscript:alert(1)", "java\nscript:alert(1)",
      "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd",
      "//evil.example/x", "/\\evil.example", "\\\\evil.example", "", "   "})
  void refusesLinksThatCouldRunScriptOrLeaveTheSite(String url) {
    assertNull(SvgText.safeHref(url), url);
    assertFalse(SvgText.isSafeHref(url), url);
  }

  @Test
  void refusesMissingHref() {
    assertNull(SvgText.safeHref(null));
  }

  @Test
  void keepsRelativeAndHttpLinksAndEscapesThem() {
    assertEquals("/search?country=Chad&amp;from=2020-01-01", SvgText.safeHref("/search?country=Chad&from=2020-01-01"));
    assertEquals("?q=a%20b", SvgText.safeHref("?q=a%20b"));
    assertEquals("#top", SvgText.safeHref("#top"));
    assertEquals("search?country=C%C3%B4te", SvgText.safeHref("search?country=C%C3%B4te"));
    assertEquals("https://example.org/x?a=1&amp;b=2", SvgText.safeHref("https://example.org/x?a=1&b=2"));
    assertEquals("HTTP://example.org/", SvgText.safeHref("HTTP://example.org/"));
    // A character reference cannot smuggle a tab in: the "&" is escaped, so the browser reads a
    // harmless relative URL with a fragment, not "java<TAB>script:".
    assertEquals("jav&amp;#x09;ascript:alert(1)", SvgText.safeHref("jav&#x09;ascript:alert(1)"));
    // A quote cannot end the attribute: it is escaped, and a colon after "/" or "?" is not a scheme.
    assertEquals("/search?country=&quot;&gt;&lt;script&gt;x:y",
        SvgText.safeHref("/search?country=\"><script>x:y"));
  }

  @Test
  void numbersHaveNoExponentNorLocale() {
    assertEquals("12", SvgText.number(12.0));
    assertEquals("0.5", SvgText.number(0.5));
    assertEquals("-3.25", SvgText.number(-3.249999));
    assertEquals("1234567.89", SvgText.number(1234567.891));
    assertEquals("0", SvgText.number(1e-9));
  }

  @Test
  void articleCountsAreGroupedTheEnglishWay() {
    assertEquals("no articles", SvgText.articles(0));
    assertEquals("1 article", SvgText.articles(1));
    assertEquals("999 articles", SvgText.articles(999));
    assertEquals("1,000 articles", SvgText.articles(1000));
    assertEquals("21,577 articles", SvgText.articles(21577));
    assertEquals("1,234,567 articles", SvgText.articles(1234567));
    assertEquals(String.format(java.util.Locale.ENGLISH, "%,d", Long.MAX_VALUE), SvgText.grouped(Long.MAX_VALUE));
    assertEquals("-12,345", SvgText.grouped(-12345));
  }
}

package io.facetwire.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.web.search.svg.WorldMapSvg;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CountryTableHtmlTest {

  @Test
  void rowsAreEscapedAndParseBackToTheSameValues() {
    String html = CountryTableHtml.rows(List.of(
        new WorldMapSvg.Row("Russia", 1200, "/search?q=a&country=Russia", true),
        new WorldMapSvg.Row("<script>alert(\"x\")</script> & Co", 3, null, false)));
    Document doc = Jsoup.parse("<table><tbody>" + html + "</tbody></table>");
    assertEquals(2, doc.select("tr").size());
    assertEquals("Russia", doc.select("tr").get(0).selectFirst("td a").text());
    assertEquals("/search?q=a&country=Russia", doc.select("tr").get(0).selectFirst("td a").attr("href"));
    assertEquals("1200", doc.select("tr").get(0).select("td").get(1).text());
    assertEquals("<script>alert(\"x\")</script> & Co", doc.select("tr").get(1).selectFirst("td span").text());
    assertEquals(0, doc.select("script").size());
    assertEquals(0, doc.select("tr").get(1).select("a").size());
  }
}

package io.facetwire.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.OldFragments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sidebar's fieldsets made in Java are the markup the template made: the old fragment
 * ({@code templates-before/facet-fieldsets.html}, as search.html had it) is rendered by Thymeleaf for the same
 * facets — with and without values, with More, with Fewer, awkward labels and URLs (quotes, markup, ampersands,
 * non-ASCII) — and compared as the browser reads it.
 */
class FacetFieldsetsHtmlTest {

  @Test
  void theFieldsetsAreWhatTheTemplateMadeForEveryKindOfFacet() {
    List<FacetView> facets = new ArrayList<>();
    List<FacetView.Value> values = List.of(
        new FacetView.Value("Côte d'Ivoire", 12, true, false, "/search?country=x&a=<b>", "/search?not_country=x", "country-0", null),
        new FacetView.Value("AT&T <Inc>", 3, false, false, "/search?q=%22a%22", "/search?x='1'", "country-1", null));
    String valuesHtml = FacetValuesHtml.of("country", values);
    facets.add(new FacetView("country", "Country", "Countries", "any of", values, "/search?expand=country&q=a\"b",
        null, "/facets/country?q=<a>&amp;", valuesHtml));
    facets.add(new FacetView("person", "Person", "People", "all of", List.of(), null, "/search?q=a&b='c'",
        "/facets/person", ""));
    facets.add(new FacetView("odd", "Odd \"one\"", "Zürich & <Ünïcode> – 東京", "any of", values, "/m", "/l",
        "/facets/odd?x=1&y=2", valuesHtml));
    facets.add(new FacetView("topic", "Topic", "Topics", "any of", values, null, null, "/facets/topic", valuesHtml));
    String expected = OldFragments.render("facet-fieldsets.html", Map.of("facets", facets));
    assertEquals(OldFragments.normalized(expected), OldFragments.normalized(FacetFieldsetsHtml.of(facets)));
  }

  @Test
  void labelsAndUrlsAreEscaped() {
    String html = FacetFieldsetsHtml.of(List.of(new FacetView("person", "Person", "<script>People</script>",
        "any of", List.of(), "/search?a=\"b\"&c=<d>", null, "/facets/person", "")));
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;People&lt;/script&gt;"), html);
    assertTrue(html.contains("href=\"/search?a=&quot;b&quot;&amp;c=&lt;d&gt;\""), html);
  }

  @Test
  void noFacetsIsNothing() {
    assertEquals("", FacetFieldsetsHtml.of(List.of()));
  }
}

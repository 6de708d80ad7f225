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
 * The sidebar's value items made in Java are the markup the template made: the template's old fragment
 * ({@code templates-before/facet-values-items.html}, as search.html had it) is rendered by Thymeleaf for
 * the same values (plain, selected, excluded, with quotes, markup, ampersands, apostrophes and non-ASCII
 * text) and compared, whitespace runs counted as one space (as the browser does).
 */
class FacetValuesHtmlTest {

  private static final List<String> AWKWARD = List.of("Russia", "Côte d'Ivoire", "AT&T <Inc>", "\"Quoted\" name",
      "O'Brien & Sons", "Zürich – 東京", "a\tb  c");

  @Test
  void theItemsAreWhatTheTemplateMadeForEveryKindOfValue() {
    for (boolean selected : List.of(false, true)) {
      for (boolean excluded : List.of(false, true)) {
        if (selected && excluded) {
          continue;
        }
        List<FacetView.Value> values = new ArrayList<>();
        int i = 0;
        for (String v : AWKWARD) {
          values.add(new FacetView.Value(v, 1000L * i + 7, selected && i % 2 == 0, excluded && i % 2 == 1,
              "/search?q=a+%22b%22&country=" + i + "&x=<y>", "/search?country=-" + i + "&amp=1'", "country-" + i,
              "/entity/" + i));
          i++;
        }
        String expected = OldFragments.render("facet-values-items.html", Map.of("f", new Facet("country", values)));
        String actual = "<ul class=\"values\">" + FacetValuesHtml.of("country", values) + "</ul>";
        assertEquals(OldFragments.normalized(expected), OldFragments.normalized(actual), "selected " + selected + ", excluded " + excluded);
      }
    }
  }

  /** What the fragment reads of a facet (a Map would not do: OGNL reads "values" of a Map as its values()). */
  public record Facet(String param, List<FacetView.Value> values) {}

  @Test
  void valuesAreEscapedInTextAndAttributes() {
    String html = FacetValuesHtml.of("person", List.of(new FacetView.Value("<script>alert('x')</script>", 3, false,
        false, "/search?person=%3Cscript%3E&a=\"b\"", "/search?x=1", "person-0", null)));
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
    assertTrue(html.contains("href=\"/search?person=%3Cscript%3E&amp;a=&quot;b&quot;\""), html);
  }

  @Test
  void noValuesIsAnEmptyList() {
    assertEquals("", FacetValuesHtml.of("country", List.of()));
  }
}

package io.facetwire.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * A result line's tag links made in Java are the markup the template made: the old fragment
 * ({@code templates-before/hit-tags.html}, as search.html had it) is rendered by Thymeleaf for the same
 * links (several facets, none, values with quotes, markup, ampersands and non-ASCII text) and compared,
 * whitespace runs counted as one space (as the browser does).
 */
class HitTagsHtmlTest {

  private static final List<String> AWKWARD = List.of("Russia", "Côte d'Ivoire", "AT&T <Inc>", "\"Quoted\" name",
      "O'Brien & Sons", "Zürich – 東京", "a\tb  c");

  @Test
  void theLinksAreWhatTheTemplateMadeForEveryKindOfValue() throws IOException {
    TemplateEngine thymeleaf = new TemplateEngine();
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    thymeleaf.setTemplateResolver(resolver);
    String fragment = resource("templates-before/hit-tags.html");
    List<List<FacetLinks>> cases = new ArrayList<>();
    cases.add(List.of());
    cases.add(List.of(links("country", 0), links("person", 0)));
    cases.add(List.of(links("country", AWKWARD.size()), links("person", 1), links("topic", 3),
        links("organization", 0), links("source", 1)));
    for (List<FacetLinks> facets : cases) {
      for (int more : List.of(0, 4)) {
        HitView hit = new HitView("T", "T", "/article/a%26b", null, "S", "", "", facets, HitTagsHtml.of(facets),
            more, false, "", null, null);
        Context context = new Context();
        context.setVariable("h", hit);
        String expected = thymeleaf.process(fragment, context);
        // search.html now: the made links, then the template's own "+N more" link, as before.
        String actual = thymeleaf.process("<p class=\"tags\">\n<th:block th:utext=\"${h.tagsHtml}\"></th:block>\n"
            + "<a th:if=\"${h.moreTags > 0}\" class=\"more-tags\" th:href=\"${h.articleUrl}\" "
            + "th:text=\"'+' + ${h.moreTags} + ' more'\">+3 more</a>\n</p>", context);
        assertEquals(normalized(expected), normalized(actual), facets.size() + " facets, " + more + " more");
      }
    }
  }

  @Test
  void labelsAndUrlsAreEscaped() {
    String html = HitTagsHtml.of(List.of(new FacetLinks("person", "People",
        List.of(new Link("<script>alert('x')</script>", "/search?person=%3Cscript%3E&a=\"b\"")))));
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains(">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>"), html);
    assertTrue(html.contains("href=\"/search?person=%3Cscript%3E&amp;a=&quot;b&quot;\""), html);
    assertTrue(html.startsWith("<a class=\"tag person\""), html);
  }

  private static FacetLinks links(String param, int count) {
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String v = AWKWARD.get(i % AWKWARD.size());
      links.add(new Link(v, "/search?q=a+%22b%22&" + param + "=" + i + "&x=<y>'"));
    }
    return new FacetLinks(param, param + "s", links);
  }

  private static String normalized(String html) {
    return html.replaceAll("<!--.*?-->", "").replaceAll("\\s+", " ").strip();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HitTagsHtmlTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

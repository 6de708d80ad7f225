package io.facetwire.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.support.OldFragments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A results page's lines made in Java are the markup the template made: the old fragment
 * ({@code templates-before/hit-lines.html}, as search.html had it) is rendered by Thymeleaf for the same
 * lines (with and without a date, tags, "+N more", other versions; text with quotes, markup, ampersands
 * and non-ASCII characters) and compared, whitespace runs counted as one space (as the browser does).
 */
class HitLinesHtmlTest {

  private static final StoryVersionsView NONE = new StoryVersionsView("", List.of(), 0);
  private static final String AWKWARD = "AT&T <Inc> \"Quoted\" O'Brien – Zürich 東京";

  @Test
  void theLinesAreWhatTheTemplateMadeForEveryKindOfHit() {
    List<List<HitView>> cases = new ArrayList<>();
    cases.add(List.of());
    cases.add(List.of(hit(0, 0, NONE)));
    cases.add(List.of(hit(1, 4, versions(2, 0)), hit(2, 0, versions(0, 7)), hit(3, 2, versions(3, 12)), hit(4, 0, NONE)));
    for (List<HitView> hits : cases) {
      String expected = OldFragments.render("hit-lines.html", Map.of("hits", hits));
      assertEquals(OldFragments.normalized(expected), OldFragments.normalized(HitLinesHtml.of(hits)), hits.size() + " hits");
    }
  }

  @Test
  void textAndUrlsAreEscapedAndTheSnippetsMarkupKept() {
    String html = HitLinesHtml.of(List.of(hit(1, 3, versions(1, 0))));
    assertFalse(html.contains("<Inc>"), html);
    assertTrue(html.contains("<span>AT&amp;T &lt;Inc&gt; &quot;Quoted&quot; O&#39;Brien – Zürich 東京</span>"), html);
    assertTrue(html.contains("href=\"/articles/a%26b?x=1&amp;y=&quot;z&quot;\""), html);
    assertTrue(html.contains("<mark>Oil</mark> &amp; gas"), html);
    assertTrue(html.contains("<a class=\"more-tags\""), html);
    assertFalse(html.contains("lang="), html);
  }

  @Test
  void aForeignArticlesTitleAndSnippetCarryItsLanguage() {
    String html = HitLinesHtml.of(List.of(hit(3, 0, NONE)));
    assertTrue(html.contains("<a href=\"/articles/a%26b?x=3&amp;y=&quot;z&quot;\" lang=\"de\">"), html);
    assertTrue(html.contains("<p class=\"snippet\" lang=\"de\">"), html);
  }

  private static HitView hit(int i, int moreTags, StoryVersionsView versions) {
    List<FacetLinks> tags = i % 2 == 0 ? List.of() : List.of(new FacetLinks("country", "Countries",
        List.of(new Link("Côte d'Ivoire", "/search?country=C%C3%B4te&q=\"x\""), new Link(AWKWARD, "/search?a=<b>"))));
    String date = i == 2 ? "" : "2 Mar 1987";
    return new HitView("Title " + i, "<mark>Oil</mark> &amp; gas " + i, "/articles/a%26b?x=" + i + "&y=\"z\"", null,
        i == 4 ? null : AWKWARD, date, "The <mark>snippet</mark> &lt;b&gt; " + i, tags, HitTagsHtml.of(tags), moreTags,
        false, date.isEmpty() ? "" : "1987-03-02", versions, i == 3 ? "de" : null);
  }

  private static StoryVersionsView versions(int listed, long more) {
    List<StoryVersionsView.Version> shown = new ArrayList<>();
    for (int i = 0; i < listed; i++) {
      shown.add(new StoryVersionsView.Version(AWKWARD + " " + i, "/articles/v" + i + "?a=1&b=<2>", "Reuters, 2 Mar 1987"));
    }
    long others = listed + more;
    return new StoryVersionsView(others == 1 ? "1 other version" : others + " other versions", shown, more);
  }
}

package io.facetwire.web.view;

import java.util.List;

/**
 * A result line's facet values as tag links, as HTML made here instead of by the template (issue 15):
 * ten hits of six facets with up to six values each were a loop three deep in search.html, three
 * expressions a link, and the largest part of the page's rendering after the sidebar's values
 * ({@code FacetValuesHtml}). The markup is what search.html made (HitTagsHtmlTest renders the old
 * fragment and compares); labels and URLs are escaped as Thymeleaf escapes {@code th:text} and attributes.
 */
public final class HitTagsHtml {

  private HitTagsHtml() {}

  public static String of(List<FacetLinks> facets) {
    StringBuilder out = new StringBuilder(facets.size() * 200);
    for (FacetLinks f : facets) {
      String cssClass = ThymeleafEscape.text("tag " + f.param());
      for (Link l : f.links()) {
        out.append("<a class=\"").append(cssClass).append("\" href=\"").append(ThymeleafEscape.text(l.url())).append("\">")
            .append(ThymeleafEscape.text(l.label())).append("</a>");
      }
    }
    return out.toString();
  }
}

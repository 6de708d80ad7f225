package io.facetwire.web.search;

import io.facetwire.web.view.ThymeleafEscape;
import java.util.List;

/**
 * The items of a facet's value list in the search page's sidebar, as HTML made here instead of by the
 * template: the list has five facets of ten values, each value took fourteen template expressions, and
 * that was most of the expressions Thymeleaf evaluated for a results page. The markup is what
 * {@code search.html} made (FacetValuesHtmlTest renders the old fragment and compares), and every
 * value, id and URL is escaped as Thymeleaf escapes {@code th:text} and attributes.
 */
final class FacetValuesHtml {

  private FacetValuesHtml() {}

  static String of(String param, List<FacetView.Value> values) {
    return of(param, values, false);
  }

  /** @param estimated the counts are estimates from a sample: shown as "about 12,300" */
  static String of(String param, List<FacetView.Value> values, boolean estimated) {
    StringBuilder out = new StringBuilder(values.size() * 420);
    for (FacetView.Value v : values) {
      out.append("\n<li");
      if (v.selected()) {
        out.append(" class=\"selected\"");
      } else if (v.excluded()) {
        out.append(" class=\"excluded\"");
      }
      out.append(">\n");
      String value = ThymeleafEscape.text(v.value());
      if (!v.excluded()) {
        out.append("<input type=\"checkbox\" id=\"").append(ThymeleafEscape.text(v.inputId())).append("\" name=\"")
            .append(ThymeleafEscape.text(param)).append("\" value=\"").append(value).append('"');
        if (v.selected()) {
          out.append(" checked=\"checked\"");
        }
        out.append(">\n<label for=\"").append(ThymeleafEscape.text(v.inputId())).append("\"><span class=\"value\">").append(value)
            .append("</span>\n<span class=\"count\">")
            .append(estimated ? String.format(java.util.Locale.ENGLISH, "about %,d", v.count()) : v.count())
            .append("</span></label>\n")
            .append("<a class=\"go\" href=\"").append(ThymeleafEscape.text(v.toggleUrl())).append("\">")
            .append(v.selected() ? "remove" : "add")
            .append("<span class=\"visually-hidden\"> ").append(value).append("</span></a>\n")
            .append("<a class=\"exclude\" href=\"").append(ThymeleafEscape.text(v.excludeUrl()))
            .append("\" title=\"Exclude\" aria-label=\"Exclude ").append(value).append("\">\u2298</a>\n");
      } else {
        out.append("<span class=\"excluded-value\"><s>").append(value)
            .append("</s> <span class=\"tag-excluded\">excluded</span></span>\n")
            .append("<a class=\"exclude\" href=\"").append(ThymeleafEscape.text(v.excludeUrl()))
            .append("\">Undo<span class=\"visually-hidden\"> excluding ").append(value).append("</span></a>\n");
      }
      out.append("</li>");
    }
    if (!values.isEmpty()) {
      out.append('\n');
    }
    return out.toString();
  }
}

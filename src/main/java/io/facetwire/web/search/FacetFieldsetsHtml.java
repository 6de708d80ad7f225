package io.facetwire.web.search;

import io.facetwire.web.view.ThymeleafEscape;
import java.util.List;
import java.util.Locale;

/**
 * The sidebar's fieldsets, one per facet (legend, how values combine, the type-ahead box, the value list, the
 * More / Fewer / All links), as HTML made here instead of by the template. Each fieldset took about eighteen
 * template expressions, six facets a page: after the result lines and the value items, the largest block of
 * expressions Thymeleaf still evaluated for a results page (session 12, docs/history/benchmarks-by-session.md). The markup is what
 * {@code search.html} made (FacetFieldsetsHtmlTest renders the old fragment and compares); every text and
 * attribute is escaped as Thymeleaf escapes {@code th:text} and attributes, and the value items inside come
 * made by {@link FacetValuesHtml}.
 */
final class FacetFieldsetsHtml {

  private FacetFieldsetsHtml() {}

  static String of(List<FacetView> facets) {
    StringBuilder out = new StringBuilder(facets.size() * 1200);
    for (FacetView f : facets) {
      String param = ThymeleafEscape.text(f.param());
      // Thymeleaf's #strings.toLowerCase uses the page's locale, English (Templates).
      String lower = ThymeleafEscape.text(f.legend() == null ? "" : f.legend().toLowerCase(Locale.ENGLISH));
      out.append("\n<fieldset class=\"facet\" id=\"facet-").append(param).append("\" data-facet=\"").append(param)
          .append("\">\n<legend>").append(ThymeleafEscape.text(f.legend())).append("</legend>\n")
          .append("<p class=\"combine\">Shows articles with ").append(ThymeleafEscape.text(f.combine()))
          .append(" the ticked values.</p>\n")
          .append("<div class=\"facet-search\">\n<label for=\"facet-search-").append(param)
          .append("\" class=\"visually-hidden\">Find ").append(lower).append("</label>\n")
          .append("<input type=\"search\" class=\"facet-filter\" id=\"facet-search-").append(param)
          .append("\" placeholder=\"Find ").append(lower).append("\u2026\" autocomplete=\"off\" hidden data-facet=\"")
          .append(param).append("\">\n</div>\n");
      if (f.values() == null || f.values().isEmpty()) {
        out.append("<p class=\"muted\">None in these results.</p>\n");
      }
      out.append("<ul class=\"values\">").append(f.valuesHtml() == null ? "" : f.valuesHtml()).append("</ul>\n")
          .append("<p class=\"facet-links\">\n");
      if (f.moreUrl() != null) {
        out.append("<a class=\"more\" href=\"").append(ThymeleafEscape.text(f.moreUrl()))
            .append("\">More<span class=\"visually-hidden\"> ").append(lower).append("</span></a>\n");
      }
      if (f.lessUrl() != null) {
        out.append("<a class=\"more\" href=\"").append(ThymeleafEscape.text(f.lessUrl()))
            .append("\">Fewer<span class=\"visually-hidden\"> ").append(lower).append("</span></a>\n");
      }
      out.append("<a class=\"more\" href=\"").append(ThymeleafEscape.text(f.allUrl())).append("\">All ").append(lower)
          .append("</a>\n</p>\n</fieldset>");
    }
    if (!facets.isEmpty()) {
      out.append('\n');
    }
    return out.toString();
  }
}

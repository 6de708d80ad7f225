package io.facetwire.web.search;

import io.facetwire.search.Html;
import io.facetwire.web.search.svg.WorldMapSvg;
import java.util.List;

/**
 * The rows of the search page's country table (the world map's text twin, for screen readers and
 * as a fallback), as escaped HTML for {@code th:utext}.
 *
 * <p>Why not a {@code th:each} in the template: a broad search counts up to 200 countries, and at
 * seven template expressions a row the table alone cost more to render than the rest of the page.
 * Every value is escaped here ({@link Html#escape}); links are the page's own search URLs, already
 * checked by {@code SvgText.cleanHref}.
 */
final class CountryTableHtml {

  private CountryTableHtml() {}

  static String rows(List<WorldMapSvg.Row> rows) {
    StringBuilder html = new StringBuilder(rows.size() * 120);
    for (WorldMapSvg.Row r : rows) {
      String country = Html.escape(r.country());
      html.append("<tr><td>");
      if (r.href() != null) {
        html.append("<a href=\"").append(Html.escape(r.href())).append("\">").append(country).append("</a>");
      } else {
        html.append("<span>").append(country).append("</span>");
      }
      html.append("</td><td>").append(r.count()).append("</td></tr>\n");
    }
    return html.toString();
  }
}

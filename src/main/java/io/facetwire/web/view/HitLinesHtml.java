package io.facetwire.web.view;

import java.util.List;

/**
 * A results page's lines ({@code <li class="hit">}), as HTML made here instead of by the template
 * (issue 15, session 9): after the tag links ({@link HitTagsHtml}) the ten lines were still about a
 * dozen expressions each and the largest part of the page's rendering. The markup is what search.html
 * made (HitLinesHtmlTest renders the old fragment and compares); text and attributes are escaped as
 * Thymeleaf escapes {@code th:text} and attributes, and a null attribute is left out as it leaves it out.
 * The title and snippet come escaped already ({@code Snippet}), as the template's {@code th:utext} took them.
 */
public final class HitLinesHtml {

  private HitLinesHtml() {}

  public static String of(List<HitView> hits) {
    StringBuilder out = new StringBuilder(hits.size() * 2_000);
    for (HitView h : hits) {
      line(h, out);
    }
    return out.toString();
  }

  private static void line(HitView h, StringBuilder out) {
    out.append("<li class=\"hit\">\n<h2><a").append(attribute("href", h.articleUrl())).append(attribute("lang", h.lang()))
        .append('>')
        .append(raw(h.titleHtml())).append("</a></h2>\n<p class=\"meta\">\n<span>").append(ThymeleafEscape.text(h.source()))
        .append("</span>\n");
    if (!"".equals(h.date())) {
      out.append("<time").append(attribute("datetime", h.datetime())).append('>').append(ThymeleafEscape.text(h.date()))
          .append("</time>\n");
    }
    out.append("</p>\n<p class=\"snippet\"").append(attribute("lang", h.lang())).append('>').append(raw(h.snippetHtml())).append("</p>\n<p class=\"tags\">\n")
        .append(raw(h.tagsHtml())).append('\n');
    if (h.moreTags() > 0) {
      out.append("<a class=\"more-tags\"").append(attribute("href", h.articleUrl())).append(">+").append(h.moreTags())
          .append(" more</a>\n");
    }
    out.append("</p>\n");
    StoryVersionsView versions = h.versions();
    if (versions != null && versions.any()) {
      out.append("<details class=\"versions\">\n<summary>").append(ThymeleafEscape.text(versions.label()))
          .append("</summary>\n<ul>\n");
      for (StoryVersionsView.Version v : versions.versions()) {
        out.append("<li><a").append(attribute("href", v.articleUrl())).append('>').append(ThymeleafEscape.text(v.title()))
            .append("</a>\n<span class=\"muted\">").append(ThymeleafEscape.text(v.meta())).append("</span></li>\n");
      }
      if (versions.more() > 0) {
        out.append("<li class=\"muted\">and ").append(versions.more()).append(" more</li>\n");
      }
      out.append("</ul>\n</details>\n");
    }
    out.append("</li>\n");
  }

  /** {@code name="value"} with a leading space, or nothing for a null value (as {@code th:attr} drops it). */
  private static String attribute(String name, String value) {
    return value == null ? "" : " " + name + "=\"" + ThymeleafEscape.text(value) + "\"";
  }


  private static String raw(String html) {
    return html == null ? "" : html;
  }
}

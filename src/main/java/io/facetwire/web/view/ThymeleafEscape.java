package io.facetwire.web.view;

import org.unbescape.html.HtmlEscape;

/**
 * Escaping for HTML made in Java where a template used to make it: the same escaping Thymeleaf applies to
 * {@code th:text} and attribute values in HTML mode, so the Java-made fragments (result lines, tag links, facet
 * values) print exactly what the templates printed. A null is the empty string, as Thymeleaf prints it.
 */
public final class ThymeleafEscape {

  private ThymeleafEscape() {
  }

  public static String text(String s) {
    return s == null ? "" : HtmlEscape.escapeHtml4Xml(s);
  }
}

package io.facetwire.sources.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Plain text from an HTML fragment, keeping paragraph breaks (a blank line between blocks), so the
 * stored body reads like the imported corpora and the snippet highlighter sees sentences.
 */
public final class HtmlText {

  private HtmlText() {}

  public static String of(String html) {
    if (html == null || html.isBlank()) {
      return null;
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html.strip();
    }
    return of(Jsoup.parseBodyFragment(html).body());
  }

  public static String of(Element root) {
    StringBuilder out = new StringBuilder();
    append(root, out);
    return out.toString().replaceAll("[ \\t\\x0B\\f\\r\\u00a0]+", " ")
        .replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }

  private static void append(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("style") || tag.equals("noscript")) {
          continue;
        }
        if (tag.equals("br")) {
          out.append('\n');
          continue;
        }
        boolean block = e.isBlock() || tag.equals("li") || tag.equals("p");
        if (block) {
          out.append("\n\n");
        }
        append(e, out);
        if (block) {
          out.append("\n\n");
        }
      }
    }
  }
}

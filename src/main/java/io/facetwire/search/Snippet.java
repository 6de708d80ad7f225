package io.facetwire.search;

/**
 * A piece of article text with the matched words marked, kept as plain text plus marker characters
 * until it is rendered, so escaping happens in exactly one place ({@link #html()}).
 *
 * <p>Elasticsearch is asked to wrap matches in two private-use characters rather than HTML tags; the
 * text between them is escaped like any other article text, then the markers become {@code <mark>}.
 */
public record Snippet(String marked) {

  public static final String OPEN = "\uE000";
  public static final String CLOSE = "\uE001";

  /** The text without markers: what the JSON API and feeds show. */
  public String text() {
    return marked.replace(OPEN, "").replace(CLOSE, "");
  }

  /** HTML-escaped text with matches in {@code <mark>}; safe to insert unescaped into a page. */
  public String html() {
    StringBuilder out = new StringBuilder(marked.length() + 32);
    boolean open = false;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '\uE000') {
        if (!open) {
          out.append("<mark>");
          open = true;
        }
      } else if (c == '\uE001') {
        if (open) {
          out.append("</mark>");
          open = false;
        }
      } else {
        Html.escape(c, out);
      }
    }
    if (open) {
      out.append("</mark>");
    }
    return out.toString();
  }
}
